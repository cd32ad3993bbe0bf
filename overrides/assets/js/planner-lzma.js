// The WebAssembly's decoder, in one file for both of its users: the planner's module worker
// (`import "./planner-lzma.js"`) and the service worker (`importScripts`, see
// overrides/hooks/sw.template.js). No module syntax, so both can load it; it defines
// `globalThis.lzmaDecode`. tests/test_lzma_decoder.py runs it under Node on the shipped file.
// An LZMA decoder for pyodide.asm.wasm.lzma (overrides/hooks/planner_build.py, pack_wasm): the
// "alone" format, a 13-byte header (properties, dictionary size, unpacked size) then the range-
// coded stream, as in the LZMA SDK's specification. The whole output is the dictionary.
globalThis.lzmaDecode = function lzmaDecode(input) {
  const props = input[0];
  let dictSize = input[1] | (input[2] << 8) | (input[3] << 16) | (input[4] << 24);
  const outSize = Number(new DataView(input.buffer, input.byteOffset + 5, 8).getBigUint64(0, true));
  const lc = props % 9, lp = Math.floor(props / 9) % 5, pb = Math.floor(props / 45);
  const out = new Uint8Array(outSize);
  // range decoder
  let pos = 13 + 1; // first byte of the range coder stream is 0
  let range = 0xffffffff >>> 0, code = 0;
  for (let i = 0; i < 4; i++) code = ((code << 8) | input[pos++]) >>> 0;
  const kTop = 1 << 24;
  const probs = (n) => new Uint16Array(n).fill(1024);
  function bit(p, i) {
    const v = p[i];
    const bound = (range >>> 11) * v;
    let r;
    if ((code >>> 0) < (bound >>> 0)) {
      range = bound; p[i] = v + ((2048 - v) >>> 5); r = 0;
    } else {
      range = (range - bound) >>> 0; code = (code - bound) >>> 0; p[i] = v - (v >>> 5); r = 1;
    }
    if (range < kTop) { range = (range << 8) >>> 0; code = ((code << 8) | input[pos++]) >>> 0; }
    return r;
  }
  function direct(n) {
    let res = 0;
    while (n--) {
      range >>>= 1;
      let t = 0;
      if (code >= range) { code = (code - range) >>> 0; t = 1; }
      res = ((res << 1) | t) >>> 0;
      if (range < kTop) { range = (range << 8) >>> 0; code = ((code << 8) | input[pos++]) >>> 0; }
    }
    return res;
  }
  function tree(p, base, bits) {
    let m = 1;
    for (let i = 0; i < bits; i++) m = (m << 1) | bit(p, base + m);
    return m - (1 << bits);
  }
  function reverseTree(p, base, bits) {
    let m = 1, sym = 0;
    for (let i = 0; i < bits; i++) { const b = bit(p, base + m); m = (m << 1) | b; sym |= b << i; }
    return sym;
  }
  const literal = probs(0x300 << (lc + lp));
  const isMatch = probs(12 << 4), isRep = probs(12), isRepG0 = probs(12), isRepG1 = probs(12),
    isRepG2 = probs(12), isRep0Long = probs(12 << 4);
  const posSlot = probs(4 << 6), specPos = probs(115), align = probs(16);
  function lenCoder() { return { choice: probs(2), low: probs(16 << 3), mid: probs(16 << 3), high: probs(256) }; }
  const lenDec = lenCoder(), repLenDec = lenCoder();
  function decodeLen(c, posState) {
    if (!bit(c.choice, 0)) return tree(c.low, posState << 3, 3);
    if (!bit(c.choice, 1)) return 8 + tree(c.mid, posState << 3, 3);
    return 16 + tree(c.high, 0, 8);
  }
  const pbMask = (1 << pb) - 1, lpMask = (1 << lp) - 1;
  let state = 0, rep0 = 0, rep1 = 0, rep2 = 0, rep3 = 0, n = 0;
  while (n < outSize) {
    const posState = n & pbMask;
    if (!bit(isMatch, (state << 4) + posState)) {
      const prev = n > 0 ? out[n - 1] : 0;
      const base = 0x300 * (((n & lpMask) << lc) + (prev >>> (8 - lc)));
      let sym = 1;
      if (state >= 7) {
        let match = out[n - rep0 - 1];
        while (sym < 0x100) {
          const mbit = (match >>> 7) & 1; match <<= 1;
          const b = bit(literal, base + ((1 + mbit) << 8) + sym);
          sym = (sym << 1) | b;
          if (mbit !== b) break;
        }
      }
      while (sym < 0x100) sym = (sym << 1) | bit(literal, base + sym);
      out[n++] = sym & 0xff;
      state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
      continue;
    }
    let len;
    if (bit(isRep, state)) {
      if (!bit(isRepG0, state)) {
        if (!bit(isRep0Long, (state << 4) + posState)) {
          state = state < 7 ? 9 : 11;
          out[n] = out[n - rep0 - 1]; n++;
          continue;
        }
      } else {
        let dist;
        if (!bit(isRepG1, state)) { dist = rep1; }
        else {
          if (!bit(isRepG2, state)) { dist = rep2; } else { dist = rep3; rep3 = rep2; }
          rep2 = rep1;
        }
        rep1 = rep0; rep0 = dist;
      }
      len = decodeLen(repLenDec, posState);
      state = state < 7 ? 8 : 11;
    } else {
      rep3 = rep2; rep2 = rep1; rep1 = rep0;
      len = decodeLen(lenDec, posState);
      state = state < 7 ? 7 : 10;
      const lenState = len < 3 ? len : 3;
      const slot = tree(posSlot, lenState << 6, 6);
      if (slot < 4) rep0 = slot;
      else {
        const numDirect = (slot >>> 1) - 1;
        let dist = ((2 | (slot & 1)) << numDirect) >>> 0;
        if (slot < 14) dist = (dist + reverseTree(specPos, dist - slot, numDirect)) >>> 0;
        else {
          dist = (dist + (direct(numDirect - 4) << 4)) >>> 0;
          dist = (dist + reverseTree(align, 0, 4)) >>> 0;
        }
        if (dist === 0xffffffff) break; // end marker
        rep0 = dist;
      }
    }
    len += 2;
    if (rep0 >= n) throw new Error("lzma: bad distance");
    let from = n - rep0 - 1;
    const end = Math.min(n + len, outSize);
    while (n < end) out[n++] = out[from++];
  }
  return out;
};
