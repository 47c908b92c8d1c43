declare module "autocannon" {
  namespace autocannon {
    interface Result {
      requests: { total: number; average: number };
      latency: { p50: number; p90: number; p97_5: number; p99: number; average: number; max: number };
      non2xx: number;
      errors: number;
    }
  }
  function autocannon(options: { url: string; connections: number; duration: number; headers?: Record<string, string> }): Promise<autocannon.Result>;
  export = autocannon;
}
