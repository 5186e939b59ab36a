// Cobalt's documented algorithm, verbatim: HMAC-SHA256 over JSON.stringify(req.body), hex.
// stdin: {"secret": "...", "bodies": ["<raw JSON text>", ...]}
// stdout: [{"stringified": JSON.stringify(JSON.parse(body)), "signature": "<hex>"}, ...]
const crypto = require('crypto');
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const { secret, bodies } = JSON.parse(input);
  const out = bodies.map((raw) => {
    const payload = JSON.parse(raw); // what express.json() puts in req.body
    const stringified = JSON.stringify(payload);
    const signature = crypto.createHmac('sha256', secret).update(JSON.stringify(payload)).digest('hex');
    return { stringified, signature };
  });
  process.stdout.write(JSON.stringify(out));
});
