declare module "autocannon" {
  namespace autocannon {
    interface Result {
      requests: { total: number; average: number };
      latency: { p50: number; p90: number; p97_5: number; p99: number; average: number; max: number };
      throughput: { total: number };
      non2xx: number;
      errors: number;
    }
  }
  function autocannon(options: {
    url: string;
    connections: number;
    duration?: number;
    amount?: number;
    headers?: Record<string, string>;
    requests?: {
      method?: string;
      setupRequest?: (request: Record<string, unknown>) => Record<string, unknown>;
      onResponse?: (status: number, body: string) => void;
    }[];
  }): Promise<autocannon.Result>;
  export = autocannon;
}
