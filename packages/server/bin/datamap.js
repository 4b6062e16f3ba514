#!/usr/bin/env node
// Runs the bundle that `pnpm build` made while no file it was made from has changed since;
// otherwise (a fresh clone, an edit) the TypeScript sources through tsx, which is slower to start.
import { readFileSync, statSync } from "node:fs";
import { setFlagsFromString } from "node:v8";

const root = new URL("../", import.meta.url);
const bundle = new URL("dist/cli/index.js", root);

function bundleIsCurrent() {
  try {
    const built = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(new URL("dist/cli/inputs.json", root), "utf8"));
    return inputs.every((input) => statSync(new URL(input, root)).mtimeMs <= built);
  } catch {
    return false;
  }
}

// V8 recompiles a WebAssembly function with its optimizing compiler once it has run a little
// (a budget of 1.8 million). For PGlite and Prisma's query compiler that recompiling took about a
// second of CPU in every start and held up the first answers; with a budget a thousand times
// larger only what runs for long is optimized, and a dashboard page costs about the same CPU.
setFlagsFromString("--wasm-tiering-budget=1800000000");

if (bundleIsCurrent()) {
  await import(bundle.href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/index.ts");
}
