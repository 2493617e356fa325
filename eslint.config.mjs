// One ESLint preset for the whole monorepo. Prettier owns formatting; this config owns correctness and the house
// rules of ../shared/STYLE.md that a formatter cannot check.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

// Queues and workers are built by @gafus/queues (createQueue, createJobWorker), which owns their names, payload
// schemas, key prefix and connection settings; apps constructing BullMQ classes by hand bypass all of it. A rule of
// its own rather than no-restricted-syntax/-imports: other blocks configure those, and in a flat config the last
// matching block's options replace the earlier ones.
const BULLMQ_CLASSES = new Set(["Queue", "Worker", "FlowProducer", "QueueEvents"]);
const noRawBullmq = {
  meta: {
    type: "problem",
    messages: {
      raw: "Build a BullMQ {{name}} through @gafus/queues (createQueue, createJobWorker), not new {{name}}().",
    },
  },
  create(context) {
    const classes = new Map(); // local name -> BullMQ class
    const namespaces = new Set(); // import * as bullmq from "bullmq"
    return {
      ImportDeclaration(node) {
        if (node.source.value !== "bullmq" || node.importKind === "type") return;
        for (const spec of node.specifiers) {
          if (spec.type === "ImportNamespaceSpecifier") namespaces.add(spec.local.name);
          if (spec.type === "ImportSpecifier" && spec.importKind !== "type" && BULLMQ_CLASSES.has(spec.imported.name))
            classes.set(spec.local.name, spec.imported.name);
        }
      },
      NewExpression(node) {
        const { callee } = node;
        const name =
          callee.type === "Identifier"
            ? classes.get(callee.name)
            : callee.type === "MemberExpression" &&
                callee.object.type === "Identifier" &&
                namespaces.has(callee.object.name) &&
                BULLMQ_CLASSES.has(callee.property.name)
              ? callee.property.name
              : undefined;
        if (name) context.report({ node, messageId: "raw", data: { name } });
      },
    };
  },
};

// Browser code reaches our APIs through apiCall/apiUpload of @gafus/ui/client, which turns every failure (a refusal
// in the error format, no connection, an answer in no format) into a message in the reader's language. Swallowing a
// failure into null, or calling fetch/XMLHttpRequest by hand, is how errors went silent or untranslated. Rules of
// their own, like no-raw-bullmq above: no-restricted-syntax/-globals options of another block would replace them.
const isNullArrow = (node) =>
  node?.type === "ArrowFunctionExpression" && node.body.type === "Literal" && node.body.raw === "null";
const noSilentCatch = {
  meta: {
    type: "problem",
    messages: {
      silent:
        "A failure swallowed into null goes unseen: use apiCall/apiUpload from @gafus/ui/client (never throws, says why) or handle the error.",
    },
  },
  create: (context) => ({
    CallExpression(node) {
      const { callee } = node;
      const isCatch = callee.type === "MemberExpression" && !callee.computed && callee.property.name === "catch";
      const isThenRejection = callee.type === "MemberExpression" && !callee.computed && callee.property.name === "then";
      if ((isCatch && isNullArrow(node.arguments[0])) || (isThenRejection && isNullArrow(node.arguments[1])))
        context.report({ node, messageId: "silent" });
    },
  }),
};
const isGlobal = (context, node, name) => {
  for (let scope = context.sourceCode.getScope(node); scope; scope = scope.upper) {
    const variable = scope.set.get(name);
    if (variable && variable.defs.length > 0) return false;
  }
  return true;
};
const noRawFetch = {
  meta: {
    type: "problem",
    messages: {
      raw: "Call our APIs through apiCall (or apiUpload for upload progress) from @gafus/ui/client, not {{name}}.",
    },
  },
  create: (context) => ({
    CallExpression(node) {
      const { callee } = node;
      const name =
        callee.type === "Identifier"
          ? callee.name
          : callee.type === "MemberExpression" &&
              callee.object.type === "Identifier" &&
              ["window", "globalThis", "self"].includes(callee.object.name)
            ? callee.property.name
            : null;
      if (name === "fetch" && (callee.type !== "Identifier" || isGlobal(context, node, "fetch")))
        context.report({ node, messageId: "raw", data: { name: "fetch()" } });
    },
    NewExpression(node) {
      if (
        node.callee.type === "Identifier" &&
        node.callee.name === "XMLHttpRequest" &&
        isGlobal(context, node, "XMLHttpRequest")
      )
        context.report({ node, messageId: "raw", data: { name: "new XMLHttpRequest()" } });
    },
  }),
};

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
    // The dependency rule of DESIGN.md: apps → packages, never back; core is framework-free (no web framework,
    // React, auth library, queue library, bot or editor server, no S3 SDK: those live in adapters and in
    // packages/queues and packages/storage); prisma imports nothing of ours but config.
    files: ["packages/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/apps/**", "@/*"], message: "Packages never import an app." }] },
      ],
    },
  },
  {
    files: ["packages/core/src/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["**/apps/**", "@/*"], message: "Packages never import an app." },
            {
              group: [
                "next",
                "next/*",
                "react",
                "react-dom",
                "next-auth",
                "next-auth/*",
                "bullmq",
                "grammy",
                "@grammyjs/*",
              ],
              message: "core is framework-free: the adapter (app, packages/http, packages/queues) owns this library.",
            },
            {
              group: ["@hocuspocus/*", "@aws-sdk/*", "@gafus/http", "@gafus/ui", "@gafus/ui/*"],
              message: "core is framework-free: the adapter (app, packages/http, packages/storage) owns this library.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["packages/prisma/src/**/*.ts"],
    ignores: ["**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ group: ["@gafus/*", "!@gafus/config"], message: "prisma imports nothing of ours but config." }],
        },
      ],
    },
  },
  {
    // Apps are adapters: they hand the database handle to core and never query it themselves (health checks live
    // in packages/http). A Prisma call or a raw query in an app is a use case in the wrong place.
    files: ["apps/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts", "**/e2e/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            {
              name: "@gafus/prisma",
              importNames: ["Prisma", "PrismaClient", "createPrismaClient"],
              message: "Apps do not build queries: put the query in a @gafus/core use case.",
            },
          ],
        },
      ],
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration through @gafus/config." },
        ...["$queryRaw", "$executeRaw", "$queryRawUnsafe", "$executeRawUnsafe", "$transaction"].map((property) => ({
          property,
          message: "Apps never query the database: call a @gafus/core use case.",
        })),
      ],
    },
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
    ignores: ["**/*.test.ts"],
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
  {
    files: ["apps/**/*.{ts,tsx,js,mjs}"],
    plugins: { "gafus-queues": { rules: { "no-raw-bullmq": noRawBullmq } } },
    rules: { "gafus-queues/no-raw-bullmq": "error" },
  },
  {
    files: ["apps/**/*.{ts,tsx,js,mjs}"],
    plugins: { "gafus-client": { rules: { "no-silent-catch": noSilentCatch, "no-raw-fetch": noRawFetch } } },
    rules: { "gafus-client/no-silent-catch": "error" },
  },
  {
    // Browser and presentational code of the apps (server routes in app/api answer requests, they do not make them).
    files: ["apps/*/src/modules/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts"],
    rules: { "gafus-client/no-raw-fetch": "error" },
  },
);
