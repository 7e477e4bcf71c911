import { controlerValeur, ControleAvantPaiement, genererContratsDemo, resoudreReferentielControle, VerificationsNonExecutees, type ResultatControle } from "@communs-opco/cli";
import { resoudreOpco } from "@communs-opco/nomenclatures";
import { describe, expect, it } from "vitest";
import { NonExecuteesParSource } from "../src/NonExecuteesParSource";

const DATE = "2025-11-03";

describe("NonExecuteesParSource", () => {
  it("une liste par (source, OPCO) ; le classement partagé rend, requête après requête, celui d'un classement neuf", async () => {
    const controle = await ControleAvantPaiement.creer(await resoudreReferentielControle("embarque", process.cwd()), {});
    if (controle === undefined) throw new Error("vérifications avant paiement embarquées introuvables");
    const akto = resoudreOpco("akto");
    const parSource = new NonExecuteesParSource();
    expect(parSource.partage(controle, undefined)).toBe(parSource.partage(controle, undefined));
    expect(parSource.partage(controle, akto)).toBe(parSource.partage(controle, resoudreOpco("AKTO")));
    expect(parSource.partage(controle, akto)).not.toBe(parSource.partage(controle, undefined));
    expect(parSource.partage(undefined, undefined).aucune).toBe(true);
    // Un classement neuf à chaque appel, décomptes à zéro, sur la liste de la source (celle de `opco controle`).
    const lot = parSource.nouveau(controle, akto);
    expect(lot).not.toBe(parSource.nouveau(controle, akto));
    expect(lot.resume()).toEqual(new VerificationsNonExecutees(controle.nonExecutables(akto)).resume());
    expect(lot.resume().every((v) => v.contrats === 0)).toBe(true);

    let classes = 0;
    for (const { texte } of genererContratsDemo({ nombre: 60, graine: 7 })) {
      let valeur: unknown;
      try {
        valeur = JSON.parse(texte);
      } catch {
        continue;
      }
      const lu = controlerValeur(valeur, { dateEvaluation: DATE });
      const brut: ResultatControle = { index: 1, source: { fichier: "requête", ligne: 1 }, statut: lu.statut, constats: lu.constats };
      for (const opco of [undefined, akto]) {
        const complet = await controle.controler({ resultat: brut, valeur }, { dateEvaluation: DATE, ...(opco === undefined ? {} : { opco }) });
        // Le classement partagé (déjà servi à d'autres contrats) et un classement neuf disent la même chose du contrat.
        const partage = parSource.partage(controle, opco).classer(complet);
        expect(partage).toEqual(new VerificationsNonExecutees(controle.nonExecutables(opco)).classer(complet));
        if (partage.nonExecutees !== undefined) classes++;
      }
      expect(parSource.partage(undefined, undefined).classer(brut)).toEqual(new VerificationsNonExecutees(undefined).classer(brut));
    }
    expect(classes).toBeGreaterThan(0);
  });
});
