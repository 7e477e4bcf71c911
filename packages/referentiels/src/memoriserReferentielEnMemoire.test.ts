import { beforeAll, describe, expect, it } from "vitest";
import { chargerInstantaneEmbarque } from "./instantane/chargerInstantaneEmbarque";
import { memoriserReferentielEnMemoire } from "./memoriserReferentielEnMemoire";
import { ReferentielHorsLigne } from "./ReferentielHorsLigne";
import type { ReferentielEnMemoireSynchrone } from "./ReferentielEnMemoireSynchrone";

/** Le référentiel en mémoire de l'instantané embarqué, dont on compte les consultations par méthode. */
function compte(referentiel: ReferentielEnMemoireSynchrone): { referentiel: ReferentielEnMemoireSynchrone; appels: Map<string, number> } {
  const appels = new Map<string, number>();
  const espion = Object.fromEntries(
    Object.entries(referentiel).map(([nom, valeur]) => [
      nom,
      typeof valeur !== "function"
        ? valeur
        : (...args: unknown[]) => {
            appels.set(nom, (appels.get(nom) ?? 0) + 1);
            return (valeur as (...a: unknown[]) => unknown)(...args);
          },
    ]),
  ) as ReferentielEnMemoireSynchrone;
  return { referentiel: espion, appels };
}

let horsLigne: ReferentielHorsLigne;
beforeAll(async () => {
  horsLigne = new ReferentielHorsLigne(await chargerInstantaneEmbarque());
});

describe("memoriserReferentielEnMemoire", () => {
  it("habilitation (deux arguments) : même réponse pour les mêmes arguments, une consultation par combinaison ; NPEC transmis tel quel", () => {
    const { referentiel, appels } = compte(horsLigne.enMemoire);
    const memorise = memoriserReferentielEnMemoire(referentiel);
    const criteres = [
      { rncp: "RNCP1002", idcc: "478", date: "2024-09-01" },
      { rncp: "RNCP1002", idcc: "478", date: "2024-09-02" },
      { rncp: "RNCP1002", cfd: "45022501", idcc: "478", date: "2024-09-01" },
      { cfd: "45022501", idcc: "478", date: "2024-09-01" },
      { rncp: "RNCP1002", idcc: "1486", date: "2024-09-01" },
    ];
    for (const c of criteres) expect(JSON.stringify(memorise.npec(c))).toBe(JSON.stringify(horsLigne.enMemoire.npec(c)));
    // la réponse NPEC cite la date du contrat : chaque consultation va au référentiel (qui mémorise par période)
    expect(appels.get("npec")).toBe(criteres.length);
    const a = memorise.habilitation("RNCP1002", "82409268800210");
    expect(memorise.habilitation("RNCP1002", "82409268800210")).toBe(a);
    expect(JSON.stringify(memorise.habilitation("RNCP1002", "13000492600015"))).toBe(JSON.stringify(horsLigne.enMemoire.habilitation("RNCP1002", "13000492600015")));
    expect(appels.get("habilitation")).toBe(2);
  });

  it("mémoire bornée : les tables imbriquées sont vidées à la capacité, les réponses restent les mêmes", () => {
    const { referentiel, appels } = compte(horsLigne.enMemoire);
    const memorise = memoriserReferentielEnMemoire(referentiel, { capacite: 2 });
    const sirets = ["82409268800210", "13000492600015", "82832700500017"];
    for (const s of sirets) memorise.habilitation("RNCP1002", s);
    expect(appels.get("habilitation")).toBe(3);
    // les deux premières ont été oubliées au passage de la capacité : consultées de nouveau, même réponse
    expect(JSON.stringify(memorise.habilitation("RNCP1002", sirets[0] as string))).toBe(JSON.stringify(horsLigne.enMemoire.habilitation("RNCP1002", sirets[0] as string)));
    expect(appels.get("habilitation")).toBe(4);
  });
});
