import fc from "fast-check";
import { expect } from "vitest";
import { collecterLecture } from "../collecterLecture.js";
import type { ResultatEcriture } from "../ResultatEcriture.js";
import type { ResultatLecteur } from "../ResultatLecteur.js";
import type { SourceDonnees } from "../SourceDonnees.js";

/**
 * Propriété d'aller-retour d'un format (réservée aux tests) : pour des enregistrements tirés
 * par `arbitraire`, `lire(ecrire(enregistrements))` redonne exactement les enregistrements,
 * sans erreur ; avec `sansPerte`, l'écriture ne signale aucun chemin non transporté.
 *
 * @example
 * ```ts
 * it("standard → DECA → standard", () => verifierAllerRetour({ arbitraire: fc.array(dossierDeca, { minLength: 1 }), ecrire: ecrireDeca, lire: lireDeca, sansPerte: true }));
 * ```
 */
export async function verifierAllerRetour<T>(options: {
  arbitraire: fc.Arbitrary<T[]>;
  ecrire: (enregistrements: T[]) => Promise<ResultatEcriture>;
  lire: (source: SourceDonnees) => AsyncIterable<ResultatLecteur<T>>;
  sansPerte?: boolean;
  essais?: number;
}): Promise<void> {
  await fc.assert(
    fc.asyncProperty(options.arbitraire, async (enregistrements) => {
      const ecrit = await options.ecrire(enregistrements);
      const relu = await collecterLecture(options.lire({ nom: `aller-retour${ecrit.extension}`, octets: ecrit.octets }));
      expect(relu.erreurs).toEqual([]);
      expect(relu.enregistrements.map((e) => e.valeur)).toEqual(enregistrements);
      if (options.sansPerte === true) expect(ecrit.nonTransportes).toEqual([]);
    }),
    { numRuns: options.essais ?? 60 },
  );
}
