import { defineConfig, type Plugin } from "vite";

/**
 * The minifier keeps template text as written; this drops the indentation in our HTML, SVG and
 * CSS templates, where it means nothing.
 */
function dedentTemplates(): Plugin {
  return {
    name: "datamap-dedent-templates",
    enforce: "pre",
    transform(code, id) {
      return /\/src\/[^/]+\.ts$/.test(id) ? { code: code.replace(/\n[ \t]+/g, "\n"), map: null } : undefined;
    },
  };
}

/**
 * The `<script type="module">` build: one self-contained, minified file with Lit and dagre inside.
 * Not a library build, because Vite leaves the whitespace of an "es" library unminified.
 */
export default defineConfig({
  plugins: [dedentTemplates()],
  build: {
    emptyOutDir: false,
    minify: true,
    modulePreload: false,
    rolldownOptions: {
      input: "src/index.ts",
      output: { format: "es", entryFileNames: "datamap-widgets.js", codeSplitting: false },
    },
  },
});
