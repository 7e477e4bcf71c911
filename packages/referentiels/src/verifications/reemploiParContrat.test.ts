import { evaluerReglesEnMemoire, memoriserExplications, type ContratAControler, type Explication } from "@communs-opco/regles";
import { beforeAll, describe, expect, it } from "vitest";
import { chargerInstantaneEmbarque } from "../instantane/chargerInstantaneEmbarque";
import { ReferentielHorsLigne } from "../ReferentielHorsLigne";
import { portsPrepaiementEnMemoire } from "./portsPrepaiementEnMemoire";
import { reemploiParContrat, reemployerParContrat } from "./reemploiParContrat";
import { registrePrepaiement } from "./reglesPrepaiement";

const DATE = "2025-11-03";

/** Contrat aligné sur l'instantané embarqué ; `n` change le SIRET de l'employeur et la date de fin (clés propres au contrat). */
const contrat = (n = 0): ContratAControler =>
  ({
    employeur: { siret: `8283270050${String(n).padStart(4, "0")}`, codeIdcc: "478" },
    contrat: { dateSignature: "2024-08-20", dateDebutContrat: "2024-09-01", dateFinContrat: new Date(Date.UTC(2026, 7, 31) + n * 86_400_000).toISOString().slice(0, 10) },
    formation: { rncp: "RNCP1002", codeDiplome: "45022501" },
    organismeFormation: { siret: "82409268800210", uaiCfa: "0932751K" },
    etablissementFormation: { memeResponsable: true },
  }) as ContratAControler;

const PROPRES_AU_CONTRAT = ["prepaiement.siret.actif", "prepaiement.opco.npec", "prepaiement.certification.dates"];

let horsLigne: ReferentielHorsLigne;
beforeAll(async () => {
  horsLigne = new ReferentielHorsLigne(await chargerInstantaneEmbarque());
});

/** Un registre par OPCO payeur, comme `ControleAvantPaiement` : la mémoire des explications est tenue par règle. */
const registres = new Map<string, ReturnType<typeof registrePrepaiement>>();

function explications(ports: object, c: ContratAControler, opcoPayeur?: string): Map<string, Explication> {
  let registre = registres.get(opcoPayeur ?? "");
  if (registre === undefined) {
    registre = registrePrepaiement(opcoPayeur === undefined ? {} : { opcoPayeur });
    registres.set(opcoPayeur ?? "", registre);
  }
  const r = evaluerReglesEnMemoire(registre, c, { dateEvaluation: DATE, mode: "explication", ports });
  return new Map((r.explications ?? []).map((e) => [e.regle, e]));
}

describe("réemploi des explications propres à un contrat (reemployerParContrat)", () => {
  it("déclaré sur les ports : le même contrat reçoit la même explication, figée en profondeur ; sinon, jamais retenue", () => {
    const sans = memoriserExplications({ referentiel: horsLigne.enMemoire });
    expect(reemploiParContrat(reemployerParContrat({}))).toBe(true);
    expect(reemploiParContrat(sans)).toBe(false);
    expect(reemploiParContrat(undefined)).toBe(false);
    for (const opco of ["akto", undefined]) {
      const avec = reemployerParContrat(memoriserExplications({ referentiel: horsLigne.enMemoire }));
      // Première rencontre : rien n'est retenu ; deuxième : l'explication est retenue ; troisième : réemployée.
      const premiere = explications(avec, contrat(), opco);
      const a = explications(avec, contrat(), opco);
      const b = explications(avec, contrat(), opco);
      for (const regle of PROPRES_AU_CONTRAT) if (regle !== "prepaiement.opco.npec" || opco !== undefined) expect(a.get(regle), regle).not.toBe(premiere.get(regle));
      const x = explications(sans, contrat(), opco);
      const y = explications(sans, contrat(), opco);
      for (const regle of PROPRES_AU_CONTRAT) {
        expect(JSON.stringify(b.get(regle))).toBe(JSON.stringify(x.get(regle)));
        expect(JSON.stringify(y.get(regle))).toBe(JSON.stringify(x.get(regle)));
        if (regle === "prepaiement.opco.npec" && opco === undefined) continue; // clé sans SIRET : réemployée dans les deux cas
        expect(b.get(regle), regle).toBe(a.get(regle));
        expect(Object.isFrozen(b.get(regle)?.constats?.[0]?.details)).toBe(true);
        expect(y.get(regle), regle).not.toBe(x.get(regle));
      }
    }
  });

  it("mémoire bornée face à des contrats tous différents : rien n'est retenu d'un contrat vu une fois, et la table de chaque règle est vidée à sa capacité", () => {
    const capacite = 8;
    const ports = reemployerParContrat(memoriserExplications({ referentiel: horsLigne.enMemoire }, { capacite }));
    explications(ports, contrat(0), "akto");
    const premiere = explications(ports, contrat(0), "akto");
    // Des contrats tous différents, vus une fois chacun : aucune explication retenue, la table ne se remplit pas.
    for (let n = 1; n < 10 * capacite; n++) explications(ports, contrat(n), "akto");
    const revue = explications(ports, contrat(0), "akto");
    for (const regle of PROPRES_AU_CONTRAT) expect(revue.get(regle), regle).toBe(premiere.get(regle));
    // Des contrats hostiles tous renvoyés deux fois, au-delà de la capacité : table vidée, l'explication est reconstruite, à l'identique.
    for (let n = 100; n < 100 + 2 * capacite; n++) for (let fois = 0; fois < 2; fois++) explications(ports, contrat(n), "akto");
    const apres = explications(ports, contrat(0), "akto");
    for (const regle of PROPRES_AU_CONTRAT) {
      expect(apres.get(regle), regle).not.toBe(premiere.get(regle));
      expect(JSON.stringify(apres.get(regle))).toBe(JSON.stringify(premiere.get(regle)));
    }
  });

  it("portsPrepaiementEnMemoire({ parContrat: true }) déclare les ports ; par défaut (lot), non", () => {
    expect(reemploiParContrat(portsPrepaiementEnMemoire({ referentiel: horsLigne }, { parContrat: true }))).toBe(true);
    expect(reemploiParContrat(portsPrepaiementEnMemoire({ referentiel: horsLigne }))).toBe(false);
    expect(reemploiParContrat(portsPrepaiementEnMemoire({ referentiel: horsLigne }, { parContrat: true, memoriser: false }))).toBe(false);
  });
});
