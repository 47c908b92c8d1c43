import { decode, type JWT } from "next-auth/jwt";

/**
 * The session cookie's payload, decrypted once: every request of a signed-in user carries the
 * same cookie (until it is refreshed, at most once a minute), and decrypting it (HKDF + AES)
 * was read twice per request, by the front door and by the page. Only tokens that decrypt
 * are kept, at most MAX_SESSIONS of them, shared by both through globalThis; a kept payload
 * still expires at its `exp`.
 */
const MAX_SESSIONS = 2000;
const store = ((globalThis as unknown as { __chiTieuSessions?: Map<string, JWT> }).__chiTieuSessions ??= new Map<
  string,
  JWT
>());

export async function decodeSession(
  token: string,
  secret: string,
  now = Math.floor(Date.now() / 1000),
): Promise<JWT | null> {
  const key = `${secret}\u0000${token}`;
  const kept = store.get(key);
  if (kept) {
    if (typeof kept.exp === "number" && kept.exp < now) {
      store.delete(key);
      return null;
    }
    return kept;
  }
  const payload = await decode({ token, secret }).catch(() => null);
  if (!payload) return null;
  if (store.size >= MAX_SESSIONS) store.delete(store.keys().next().value!);
  store.set(key, payload);
  return payload;
}
