import { describe, expect, it } from "vitest";
import { chargerInstantaneEmbarque } from "./instantane/chargerInstantaneEmbarque";
import type { Referentiel } from "./Referentiel";
import { ReferentielEnMemoire } from "./ReferentielEnMemoire";
import { ReferentielHorsLigne } from "./ReferentielHorsLigne";
import { referentielMemorise } from "./referentielMemorise";

/** Référentiel réel dont on compte les consultations (méthode → nombre d'appels). */
function compte(referentiel: Referentiel): { referentiel: Referentiel; appels: Map<string, number> } {
  const appels = new Map<string, number>();
  const espion = new Proxy(referentiel, {
    get(cible, nom, recepteur) {
      const valeur = Reflect.get(cible, nom, recepteur) as unknown;
      if (typeof valeur !== "function" || typeof nom !== "string") return valeur;
      return (...args: unknown[]) => {
        appels.set(nom, (appels.get(nom) ?? 0) + 1);
        return (valeur as (...a: unknown[]) => unknown).apply(cible, args);
      };
    },
  });
  return { referentiel: espion, appels };
}

describe("referentielMemorise", () => {
  it("rend la même réponse pour la même clé sans reconsulter, et consulte pour chaque clé nouvelle", async () => {
    const { referentiel, appels } = compte(new ReferentielHorsLigne(await chargerInstantaneEmbarque()));
    const memorise = referentielMemorise(referentiel);
    const a = await memorise.npec({ rncp: "RNCP1002", idcc: "478", date: "2024-09-01" });
    const b = await memorise.npec({ rncp: "RNCP1002", idcc: "478", date: "2024-09-01" });
    expect(b).toBe(a);
    expect(a).toMatchObject({ statut: "trouve", valeur: { npecAnnuel: 9497 } });
    await memorise.npec({ rncp: "RNCP1002", idcc: "478", date: "2024-01-01" });
    expect(appels.get("npec")).toBe(2);
    // Même réponse que le référentiel d'origine, clé par clé.
    const direct = new ReferentielHorsLigne(await chargerInstantaneEmbarque());
    for (const cle of ["13000492600015", "0010001W", "99999999999999"]) {
      expect(await memorise.organisme(cle)).toEqual(await direct.organisme(cle));
      expect(await memorise.organisme(cle)).toEqual(await direct.organisme(cle));
    }
    expect(appels.get("organisme")).toBe(3);
    expect(await memorise.habilitation("RNCP30271", "82948645500019")).toEqual(await direct.habilitation("RNCP30271", "82948645500019"));
    expect(memorise.nom).toBe(direct.nom);
  });

  it("borne sa mémoire : au-delà de la capacité, la clé la moins récemment lue est oubliée", async () => {
    const { referentiel, appels } = compte(new ReferentielEnMemoire("démo", { conventions: {} }));
    const memorise = referentielMemorise(referentiel, { capacite: 2 });
    await memorise.convention("1");
    await memorise.convention("2");
    await memorise.convention("1"); // relue : la plus récente
    await memorise.convention("3"); // évince « 2 »
    await memorise.convention("1");
    expect(appels.get("convention")).toBe(3);
    await memorise.convention("2");
    expect(appels.get("convention")).toBe(4);
  });

  it("ne retient pas une consultation en échec : la suivante réessaie", async () => {
    let echecs = 1;
    const base = new ReferentielEnMemoire("démo", { opcoParIdcc: { "0478": { opco: "OPCO ATLAS", idcc: "0478" } } });
    const fragile: Referentiel = {
      ...Object.fromEntries((["certification", "convention", "conventionsDeApe", "opcoDeSiret", "npec", "organisme", "entreprise", "habilitation"] as const).map((m) => [m, (...a: never[]) => (base[m] as (...x: never[]) => unknown)(...a)])),
      nom: base.nom,
      opcoDeIdcc: async (idcc) => {
        if (echecs-- > 0) throw new Error("source interrompue");
        return base.opcoDeIdcc(idcc);
      },
    } as Referentiel;
    const memorise = referentielMemorise(fragile);
    await expect(memorise.opcoDeIdcc("478")).rejects.toThrow("source interrompue");
    await expect(memorise.opcoDeIdcc("478")).resolves.toMatchObject({ statut: "trouve", valeur: { opco: "OPCO ATLAS" } });
  });
});
