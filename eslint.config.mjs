// One ESLint preset for the whole monorepo. Prettier owns formatting; this config owns correctness and the house
// rules of ../shared/STYLE.md that a formatter cannot check.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/.next/**",
      "**/generated/**",
      "**/dist/**",
      ".data/**",
      ".tools/**",
      "test-results/**",
      "**/next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // packages/config is the one reader of the environment: everything else gets typed, validated values.
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through @gafus/config." },
      ],
    },
  },
  {
    files: ["packages/config/**", "**/*.config.{ts,mjs,js}", "bench/**", "ci-cd/**"],
    rules: { "no-restricted-properties": "off" },
  },
);
