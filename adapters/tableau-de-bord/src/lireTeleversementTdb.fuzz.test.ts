// Défaut 4 de l'issue 13 : un enregistrement forgé n'interrompt jamais la lecture. Régression
// (colonnes nommées comme des propriétés d'Object.prototype) et fuzz à graine fixe : aucune
// exception ne s'échappe, les décomptes s'additionnent. Graine : COMMUNS_OPCO_GRAINE ou 20261206
// (fast-check l'affiche en cas d'échec, pour rejouer le cas).
import { collecterLecture } from "@communs-opco/adaptateur";
import { croissanceTas } from "@communs-opco/test-support";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adaptateurTableauDeBord } from "./adaptateurTableauDeBord.js";
import { colonnesTeleversementTdb } from "./colonnesTeleversementTdb.js";
import { lireTeleversementTdb } from "./lireTeleversementTdb.js";

const GRAINE = Number(process.env["COMMUNS_OPCO_GRAINE"] ?? 20261206);
const PROTOTYPE = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "prototype", "__defineGetter__"];
const encoder = (t: string) => new TextEncoder().encode(t);
/** Borne de croissance du tas retenu après la suite de fuzz (mesurée après ramassage des miettes, sans mesure de temps). */
const BORNE_TAS = 16 * 1024 * 1024;

describe("Tableau de bord : colonnes forgées (défaut 4)", () => {
  it("des colonnes nommées constructor, __proto__, toString… sont des colonnes comme les autres (ancien et nouveau format)", async () => {
    const ancien = `Indicateur;Nom;Prenom;${PROTOTYPE.join(";")}\napprenti;NOM;Prenom;${PROTOTYPE.map((_, i) => `v${i}`).join(";")}\napprenti;NOM2;P2;;;;;;;\n`;
    const nouveau = `${colonnesTeleversementTdb.join(";")};${PROTOTYPE.join(";")}\n${colonnesTeleversementTdb.map(() => "").join(";")};${PROTOTYPE.map((_, i) => `v${i}`).join(";")}\n`;
    for (const [csv, lignes] of [[ancien, 2], [nouveau, 1]] as const) {
      const bilan = await lireTeleversementTdb(encoder(csv), { type: "csv" });
      expect(bilan.total).toBe(lignes);
      expect(bilan.valides + bilan.invalides + bilan.illisibles).toBe(lignes);
      const lecture = await collecterLecture(adaptateurTableauDeBord.lire({ nom: "t.csv", octets: encoder(csv) }));
      expect(lecture.total).toBe(lignes);
    }
    // Aucune pollution du prototype commun.
    expect(({} as Record<string, unknown>)["v1"]).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

describe("Tableau de bord : fuzz du lecteur CSV (graine fixe)", () => {
  const cellule = fc.oneof(
    fc.constantFrom(...PROTOTYPE, "", '"', '""', "\r", "\n", "\r\n", ";", "nom_apprenant", "24/01/1998", "H", "\u0000", "\u001b[2J", "é"),
    fc.string({ maxLength: 12 }),
  );
  const ligne = fc.array(cellule, { maxLength: 12 }).map((c) => c.join(";"));
  const fichier = fc.tuple(fc.constantFrom(colonnesTeleversementTdb.join(";"), "Indicateur;Nom;Prenom;Email", "nom_apprenant;constructor;__proto__"), fc.array(ligne, { maxLength: 8 }), fc.constantFrom("\n", "\r\n", "\r"));

  it("aucune exception ne s'échappe, les décomptes s'additionnent, pour chaque fichier généré ; tas retenu borné", async () => {
    const croissance = await croissanceTas(async () => {
      await fc.assert(
        fc.asyncProperty(fichier, async ([entete, lignes, fin]) => {
          const csv = [entete, ...lignes].join(fin);
          const bilan = await lireTeleversementTdb(encoder(csv), { type: "csv" });
          expect(bilan.valides + bilan.invalides + bilan.illisibles).toBe(bilan.total);
          expect(bilan.resultats).toHaveLength(bilan.total);
          const lecture = await collecterLecture(adaptateurTableauDeBord.lire({ nom: "f.csv", octets: encoder(csv) }));
          expect(lecture.lus + lecture.illisibles).toBe(lecture.total);
        }),
        { seed: GRAINE, numRuns: 150 },
      );
    });
    expect(croissance).toBeLessThan(BORNE_TAS);
  });
});
