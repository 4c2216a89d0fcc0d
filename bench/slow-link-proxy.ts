/**
 * A slow link between the browser and the app, as a TCP proxy: every byte waits half the round
 * trip in each direction, and each direction shares one budget of bits per second across all
 * connections, as one radio link would. Unlike the browser's own network emulation, it also
 * slows what the service worker fetches (Chromium emulates the page's requests only).
 */
import net from "node:net";

type Link = { latencyMs: number; bitsPerSecond: number };

/**
 * One direction of the link: pieces leave in arrival order, no faster than the budget, and
 * arrive half a round trip later. Each connection's pieces are handed over in order from its
 * own queue (timers alone could swap two pieces due within the same millisecond).
 */
function direction(link: Link) {
  const bytesPerMs = link.bitsPerSecond / 8 / 1000;
  let freeAt = 0;
  return () => {
    const queue: { at: number; hand: () => void }[] = [];
    const flush = () => {
      while (queue[0] && queue[0].at <= Date.now() + 1) queue.shift()?.hand();
    };
    return (size: number, hand: () => void) => {
      const now = Date.now();
      freeAt = Math.max(now, freeAt) + size / bytesPerMs;
      const at = freeAt + link.latencyMs / 2;
      queue.push({ at, hand });
      setTimeout(flush, Math.max(0, Math.ceil(at - now)));
    };
  };
}

/** Listens on a free port and forwards to `target`; answers the proxy's URL and a stop. */
export async function startSlowLink(target: URL, link: Link) {
  const up = direction(link);
  const down = direction(link);
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    sockets.add(client).add(upstream);
    const forget = () => {
      sockets.delete(client);
      sockets.delete(upstream);
    };
    // Pieces of at most 1,460 bytes (a TCP segment), so a large answer trickles as it would.
    const pace = (from: net.Socket, to: net.Socket, shared: ReturnType<typeof direction>) => {
      const way = shared();
      from.on("data", (data: Buffer) => {
        for (let i = 0; i < data.length; i += 1460) {
          const piece = data.subarray(i, i + 1460);
          way(piece.length, () => {
            if (!to.destroyed) to.write(piece);
          });
        }
      });
      from.on("end", () => way(0, () => to.end()));
    };
    pace(client, upstream, up);
    pace(upstream, client, down);
    for (const socket of [client, upstream]) {
      socket.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
      socket.on("close", forget);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `http://localhost:${port}`,
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
