// Docker HEALTHCHECK: healthy while the service in this container reports itself ready (GET /health/ready on
// PORT). Plain Node, no curl or wget in the slim image; exits 0 when ready, 1 otherwise.
const port = process.env.PORT || '4000';
fetch(`http://127.0.0.1:${port}/health/ready`, { signal: AbortSignal.timeout(4000) }).then(
  (response) => process.exit(response.ok ? 0 : 1),
  () => process.exit(1),
);
