import { defineConfig } from "vite";

/** The npm build: an ES module per entry, with Lit left to the page's bundler. */
export default defineConfig({
  build: {
    lib: { entry: "src/index.ts", formats: ["es"], fileName: "index" },
    sourcemap: true,
    rolldownOptions: { external: [/^lit($|\/)/, /^@lit\//, /^@dagrejs\//] },
  },
});
