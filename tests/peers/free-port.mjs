// A port on 127.0.0.1 that nobody listens on right now, for a peer that must name its port before it
// starts (Prism, cupsd). Another process may take it meanwhile: callers retry or accept that.
import net from 'node:net';

export function freePort() {
  return new Promise((done, fail) => {
    const probe = net.createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}
