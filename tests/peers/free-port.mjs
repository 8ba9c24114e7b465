// A port on 127.0.0.1 that nobody listens on right now, for a peer that must name its port before it
// starts (Prism, cupsd, baresip). Another process may take it meanwhile: callers retry or accept that.
// { udp: true } checks UDP as well, for SIP, which listens on both.
import dgram from 'node:dgram';
import net from 'node:net';

function tcpPort(port = 0) {
  return new Promise((done, fail) => {
    const probe = net.createServer();
    probe.once('error', fail);
    probe.listen(port, '127.0.0.1', () => {
      const chosen = probe.address().port;
      probe.close(() => done(chosen));
    });
  });
}

function udpFree(port) {
  return new Promise((done) => {
    const probe = dgram.createSocket('udp4');
    probe.once('error', () => done(false));
    probe.bind(port, '127.0.0.1', () => probe.close(() => done(true)));
  });
}

export async function freePort({ udp = false } = {}) {
  for (;;) {
    const port = await tcpPort();
    if (!udp || (await udpFree(port))) return port;
  }
}
