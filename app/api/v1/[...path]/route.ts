import { unknownApiAddress } from "@/lib/api/route";

/** Any other address under /api/v1, whatever the method: a JSON 404 instead of the HTML page. */
const unknown = () => unknownApiAddress();
export { unknown as GET, unknown as POST, unknown as PUT, unknown as PATCH, unknown as DELETE };
