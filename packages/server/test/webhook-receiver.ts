import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  headers: Record<string, string>;
  body: string;
}

/**
 * A webhook receiver on loopback that keeps every request, and the first of each `webhook-id`
 * apart: what a receiver that drops repeats would act on. `answer` picks the status code.
 */
export function webhookReceiver(answer: (received: Received, seenBefore: boolean) => number = () => 204) {
  const all: Received[] = [];
  const unique = new Map<string, Received>();
  let server: Server | undefined;
  const receiver = {
    all,
    unique,
    port: 0,
    get url() {
      return `http://127.0.0.1:${receiver.port}/hooks/datamap`;
    },
    /** Starts listening, on the same port as before if it listened already. */
    async up() {
      server = createServer((request, response) => {
        let body = "";
        request.setEncoding("utf8");
        request.on("data", (chunk: string) => (body += chunk));
        request.on("end", () => {
          const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
          const received = { headers, body };
          const id = headers["webhook-id"] ?? "";
          const seenBefore = unique.has(id);
          all.push(received);
          if (!seenBefore) unique.set(id, received);
          response.writeHead(answer(received, seenBefore)).end("thanks");
        });
      });
      await new Promise<void>((resolve) => server!.listen(receiver.port, "127.0.0.1", resolve));
      receiver.port = (server.address() as AddressInfo).port;
    },
    async down() {
      server?.closeAllConnections();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      server = undefined;
    },
  };
  return receiver;
}

export async function until(check: () => Promise<boolean> | boolean, timeoutMs = 20_000, what = "the condition"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
