import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const server = fileURLToPath(new URL("..", import.meta.url));

// bin/datamap.js in a package of its own, whose bundle and sources only say which of them ran.
function fakePackage() {
  const root = mkdtempSync(join(tmpdir(), "datamap-bin-"));
  for (const folder of ["bin", "dist/cli", "src/cli"]) mkdirSync(join(root, folder), { recursive: true });
  copyFileSync(join(server, "bin/datamap.js"), join(root, "bin/datamap.js"));
  symlinkSync(join(server, "node_modules"), join(root, "node_modules"));
  writeFileSync(join(root, "src/cli/index.ts"), 'console.log("sources");\n');
  writeFileSync(join(root, "dist/cli/index.js"), 'console.log("bundle");\n');
  writeFileSync(join(root, "dist/cli/inputs.json"), '["src/cli/index.ts"]\n');
  const past = new Date(Date.now() - 60_000);
  utimesSync(join(root, "src/cli/index.ts"), past, past);
  const run = () => spawnSync(process.execPath, [join(root, "bin/datamap.js")], { encoding: "utf8" }).stdout.trim();
  return { root, run };
}

describe("bin/datamap.js", () => {
  it("runs the bundle while no file it was made from has changed", () => {
    expect(fakePackage().run()).toBe("bundle");
  });

  it("runs the sources through tsx once one of them has changed", () => {
    const { root, run } = fakePackage();
    const edited = new Date(Date.now() + 60_000);
    utimesSync(join(root, "src/cli/index.ts"), edited, edited);
    expect(run()).toBe("sources");
  });

  it("runs the sources through tsx when a file it was made from is gone (say, a dependency updated)", () => {
    const { root, run } = fakePackage();
    writeFileSync(join(root, "dist/cli/inputs.json"), '["src/cli/index.ts", "src/cli/gone.ts"]\n');
    expect(run()).toBe("sources");
  });

  it("runs the sources through tsx when there is no bundle", () => {
    const { root, run } = fakePackage();
    rmSync(join(root, "dist"), { recursive: true });
    expect(run()).toBe("sources");
  });
});
