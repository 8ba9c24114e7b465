// A contact centre whose phone system does not carry telephone keys: a minimal SIP callee over UDP
// that answers every INVITE with an SDP offering PCMA only, without telephone-event (RFC 4733).
// baresip cannot be made to do that (it always offers telephone-event), so the tests use this to
// check that the kiosk notices and shows the code for the resident to type.
import dgram from 'node:dgram';

export async function startKeylessCallee() {
  const sip = dgram.createSocket('udp4');
  const rtp = dgram.createSocket('udp4'); // media is accepted and dropped
  await new Promise((done) => sip.bind(0, '127.0.0.1', done));
  await new Promise((done) => rtp.bind(0, '127.0.0.1', done));
  const port = sip.address().port;
  sip.on('message', (data, from) => {
    const [head] = data.toString('utf8').split('\r\n\r\n');
    const lines = head.split('\r\n');
    if (lines[0].startsWith('SIP/2.0')) return; // a response: nothing to do
    const method = lines[0].split(' ')[0];
    if (method === 'ACK') return;
    const headers = (name) => lines.slice(1).filter((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
    let to = headers('To')[0] ?? 'To: <sip:kcc@127.0.0.1>';
    if (method === 'INVITE' && !to.includes('tag=')) to += ';tag=keyless';
    let body = '';
    const reply = ['SIP/2.0 200 OK', ...headers('Via'), ...headers('From'), to, ...headers('Call-ID'), ...headers('CSeq')];
    if (method === 'INVITE') {
      reply.push(`Contact: <sip:kcc@127.0.0.1:${port}>`, 'Content-Type: application/sdp');
      body = ['v=0', 'o=- 1 1 IN IP4 127.0.0.1', 's=-', 'c=IN IP4 127.0.0.1', 't=0 0',
        `m=audio ${rtp.address().port} RTP/AVP 8`, 'a=rtpmap:8 PCMA/8000', 'a=ptime:20', 'a=sendrecv', ''].join('\r\n');
    }
    reply.push(`Content-Length: ${Buffer.byteLength(body)}`);
    sip.send(`${reply.join('\r\n')}\r\n\r\n${body}`, from.port, from.address);
  });
  return {
    uri: `sip:kcc@127.0.0.1:${port}`,
    close() { sip.close(); rtp.close(); },
  };
}
