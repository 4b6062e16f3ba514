import { setFlagsFromString } from "node:v8";

// V8 recompiles a WebAssembly function with its optimizing compiler once it has run a little
// (a budget of 1.8 million). For PGlite and Prisma's query compiler that recompiling took about a
// second of CPU in every start and held up the first answers; with a budget a thousand times
// larger only what runs for long is optimized, and a dashboard page costs about the same CPU.
// Imported first by the CLI, so that it is set before either compiles anything.
setFlagsFromString("--wasm-tiering-budget=1800000000");
