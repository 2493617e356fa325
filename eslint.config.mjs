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
  {
    // Who may do what is decided by can() in packages/auth/src/policy.ts alone: comparing a role by hand anywhere
    // else is a side door that drifts from the policy. Tests and e2e specs set roles up, so they may name them.
    ignores: ["packages/auth/src/policy.ts", "**/*.test.{ts,tsx}", "**/e2e/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...[
          "BinaryExpression[operator=/^[!=]==?$/]:matches([left.property.name='role'], [left.expression.property.name='role']):matches([right.type='Literal'], [right.type='TemplateLiteral'])",
          "BinaryExpression[operator=/^[!=]==?$/]:matches([right.property.name='role'], [right.expression.property.name='role']):matches([left.type='Literal'], [left.type='TemplateLiteral'])",
          "CallExpression[callee.property.name='includes']:matches([arguments.0.property.name='role'], [arguments.0.expression.property.name='role'])",
          "SwitchStatement:matches([discriminant.property.name='role'], [discriminant.expression.property.name='role'])",
        ].map((selector) => ({
          selector,
          message:
            'Ask can() (packages/auth/src/policy.ts; add a named action there) instead of comparing "role" by hand.',
        })),
      ],
    },
  },
  {
    // core stays framework-free: the root of @gafus/auth loads next-auth (session cookies), so core takes the
    // policy and password entries only. The typescript-eslint variant is used so that this block does not replace
    // (or get replaced by) another block's `no-restricted-imports` for the same files.
    files: ["packages/core/src/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@gafus/auth",
              allowTypeImports: true,
              message: "core imports @gafus/auth/policy or @gafus/auth/password: the root entry loads next-auth.",
            },
          ],
        },
      ],
    },
  },
);
