// A port on 127.0.0.1 that nobody listens on right now, for a peer that must name its port before it
// starts (Prism, cupsd, baresip). Another process may take it meanwhile: callers retry or accept that.
// { udp: true } checks UDP as well, for SIP, which listens on both.
//
// Ports come from 28100-32767, below Linux's ephemeral range (32768+): a port the kernel hands out
// for bind(0) is also handed to the next outgoing connection, and the parallel tests make many, so a
// port found free there was often taken again before the peer bound it (baresip then exits 98).
// 10000-18099 and 20000-28099 hold the tests' RTP media. tests/integration/test_phone.cpp uses the
// same window.
import dgram from 'node:dgram';
import net from 'node:net';
import { randomInt } from 'node:crypto';

const first = 28100;
const last = 32767;

function tcpFree(port) {
  return new Promise((done) => {
    const probe = net.createServer();
    probe.once('error', () => done(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
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
  for (let attempt = 0; attempt < 1000; attempt += 1) {
    const port = randomInt(first, last + 1);
    if ((await tcpFree(port)) && (!udp || (await udpFree(port)))) return port;
  }
  throw new Error(`no free port on 127.0.0.1 between ${first} and ${last}`);
}
