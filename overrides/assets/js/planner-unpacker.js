// Unpacks the planner's runtime files (the WebAssembly, then the standard library) on a thread
// of their own, started by the planner's worker (planner-worker.js) as soon as it starts: the
// planner's worker meanwhile loads and parses Emscripten's 1.1 MB glue, which it must do
// before Pyodide even asks for the WebAssembly. On one thread the two waited for each other.
//
// Planner worker -> unpacker:  {urls}                the unpacked files' URLs, in the order
//                                                    needed (each one's .xz is fetched)
// Unpacker -> planner worker:  {url, received}       packed bytes downloaded so far
//                              {url, chunk}          the next piece of the unpacked file
//                              {url, done: true}     all of it (and a copy kept for next time)
//                              {url, error}          the planner worker unpacks it itself
// One file after the other (the WebAssembly is needed first); then the unpacker closes itself.
importScripts("../vendor/xz-decompress.min.js", "planner-runtime.js");
const store = self.plannerRuntime; // fetching, unpacking and caching: shared with sw.js

async function counted(url, body) {
  const [counting, rest] = body.tee();
  (async () => {
    const reader = counting.getReader();
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.byteLength;
      self.postMessage({ url, received });
    }
  })().catch(() => {}); // a failed download is reported by the unpacking
  return rest;
}

async function unpack(url) {
  const packed = await fetch(`${url}.xz`);
  if (!packed.ok || !packed.body) throw new Error(`${packed.status} ${packed.url}`);
  const [used, copy] = store.unpack(await counted(url, packed.body)).tee();
  const keeping = store.keep(url, copy);
  const reader = used.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    self.postMessage({ url, chunk: value });
  }
  await keeping; // the cache holds the copy only once the whole file is in
  self.postMessage({ url, done: true });
}

self.onmessage = async ({ data: { urls } }) => {
  for (const url of urls) {
    try {
      await unpack(url);
    } catch (error) {
      self.postMessage({ url, error: String(error) });
    }
  }
  self.close();
};
