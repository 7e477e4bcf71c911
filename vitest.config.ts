import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// Les tests s'exécutent sur les sources (condition d'export `@communs-opco/source`),
// sans attendre la compilation des paquets dont ils dépendent.
export default defineConfig({
  resolve: { conditions: ["@communs-opco/source"] },
  ssr: { resolve: { conditions: ["@communs-opco/source"] } },
  test: {
    include: ["{packages,adapters,examples}/*/{src,test}/**/*.test.ts", "docs/*.test.ts"],
    exclude: ["**/node_modules/**", "**/dist/**"],
    pool: "threads",
    // Un fil par cœur : par défaut, vitest en garde un libre (un seul fil sur les machines de CI à
    // 2 cœurs) ; les tests attendent surtout des serveurs locaux, 2 fils y gagnent ~40 %.
    maxWorkers: availableParallelism(),
    testTimeout: 20_000,
    // Graine fixe pour tous les tests de propriétés (fast-check), affichée en cas d'échec.
    setupFiles: ["./vitest.setup.ts"],
  },
});
