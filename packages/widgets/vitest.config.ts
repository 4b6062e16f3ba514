import { existsSync } from "node:fs";
import { playwright } from "@vitest/browser-playwright";
import { defineProject } from "vitest/config";
import { colorScheme, requestLog, storageState } from "./test/commands.ts";

const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(executablePath)) {
  throw new Error(
    `The widget tests need Chromium at ${executablePath}. Install Debian's with "apt-get install -y chromium", ` +
      "or point CHROMIUM_PATH at another Chromium. (Never run `playwright install`: it downloads its own build.)",
  );
}

export default defineProject({
  test: {
    name: "widgets",
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["./test/global-setup.ts"],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      viewport: { width: 1280, height: 900 },
      provider: playwright({
        // Big enough that the 1280×900 test frame is never scaled down, which would blur screenshots.
        contextOptions: { viewport: { width: 1400, height: 1000 } },
        launchOptions: {
          executablePath,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      }),
      instances: [{ browser: "chromium" }],
      commands: { colorScheme, requestLog, storageState },
    },
  },
});
