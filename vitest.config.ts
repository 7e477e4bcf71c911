import { defineConfig } from "vitest/config";

// Les tests s'exécutent sur les sources (condition d'export `@communs-opco/source`),
// sans attendre la compilation des paquets dont ils dépendent.
export default defineConfig({
  resolve: { conditions: ["@communs-opco/source"] },
  ssr: { resolve: { conditions: ["@communs-opco/source"] } },
  test: {
    include: ["{packages,adapters,examples}/*/{src,test}/**/*.test.ts"],
    exclude: ["**/node_modules/**", "**/dist/**"],
    pool: "threads",
    testTimeout: 20_000,
  },
});
