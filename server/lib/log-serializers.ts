/** Request lines in the log: method, address and id, with secrets in the query string masked. */
export function serializeRequest(req: { method: string; url: string; id: string }) {
  // Calendar feed tokens travel in the query string, since calendar apps send no cookies.
  return {
    method: req.method,
    url: req.url.replace(/([?&]token=)[^&]*/g, "$1[redacted]"),
    id: req.id,
  };
}
