// L'index compact du lot (tables d'octets en mémoire partagée) répond comme l'index d'autrefois,
// fait de tables JavaScript à clés textuelles (ici à clés exactes : identité complète et numéro en
// clair), sur des portefeuilles engendrés — y compris quand toutes les clés ont la même empreinte.
import { Lecture, type ReponseHistoriqueContrats } from "@communs-opco/regles";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { champsIndexLot } from "./champsIndexLot";
import { IndexLot, type LimitesIndexLot, type ProvenanceIndexee } from "./IndexLot";
import { JournalIndexLot } from "./JournalIndexLot";
import type { EmpreinteCle } from "./TableCles";

const FIN_OUVERTE = Number.MAX_SAFE_INTEGER;

function forme(v: unknown): string {
  return typeof v === "string" ? v.normalize("NFD").replace(/\p{M}/gu, "").toUpperCase().replace(/[^A-Z]/g, "") : "";
}
function cleMaitre(nom: unknown, prenom: unknown, dateNaissance: unknown, siret: unknown): string | undefined {
  const n = forme(nom);
  const p = forme(prenom);
  if (n === "" || p === "" || typeof dateNaissance !== "string" || typeof siret !== "string" || siret.trim() === "") return undefined;
  return JSON.stringify([n, p, dateNaissance, siret.replace(/\s/g, "")]);
}
function jour(date: string | undefined): number | undefined {
  if (date === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m === null ? undefined : Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}
function numeroDuContrat(l: Lecture): string | undefined {
  const type = l.texte("contrat.typeContratApp") ?? "";
  const numero = /^3\d$/.test(type) ? l.texte("contrat.numeroContratPrecedent") : l.texte("contrat.noContrat");
  return numero === undefined || numero === "" ? undefined : numero.toUpperCase();
}

/** L'index d'autrefois (Map et Set, une liste par maître), aux clés exactes : l'oracle. */
class IndexReference {
  readonly maitres = new Map<string, { rang: number; debut: number; fin: number; numero: string | undefined; prolonge: boolean }[]>();
  readonly references = new Set<string>();
  readonly precedents = new Map<string, { contrat: object; provenance: ProvenanceIndexee }>();
  maitresSatures = false;
  referencesSaturees = false;
  constructor(readonly limites: LimitesIndexLot) {}

  indexer(rang: number, contrat: object, provenance: ProvenanceIndexee): void {
    const l = new Lecture(contrat);
    const siret = l.brut("employeur.siret");
    const debut = jour(l.date("contrat.dateDebutContrat"));
    if (debut !== undefined) {
      const fin = jour(l.date("contrat.dateRupture") ?? l.date("contrat.dateFinContrat")) ?? FIN_OUVERTE;
      const entree = { rang, debut, fin, numero: numeroDuContrat(l), prolonge: l.texte("contrat.typeContratApp") === "33" };
      const vus = new Set<string>();
      for (const m of ["maitre1", "maitre2"]) {
        const cle = cleMaitre(l.brut(`${m}.nom`), l.brut(`${m}.prenom`), l.brut(`${m}.dateNaissance`), siret);
        if (cle === undefined || vus.has(cle)) continue;
        vus.add(cle);
        const liste = this.maitres.get(cle);
        if (liste !== undefined) liste.push(entree);
        else if (this.maitres.size < this.limites.maitres) this.maitres.set(cle, [entree]);
        else this.maitresSatures = true;
      }
    }
    const type = l.texte("contrat.typeContratApp") ?? "";
    const cite = l.texte("contrat.numeroContratPrecedent");
    if (provenance.origine === "lot" && /^2[1-3]$/.test(type) && cite !== undefined && cite !== "") {
      if (this.references.size < this.limites.contratsPrecedents) this.references.add(cite.toUpperCase());
      else if (!this.references.has(cite.toUpperCase())) this.referencesSaturees = true;
    }
  }

  retenir(contrat: object, provenance: ProvenanceIndexee): void {
    const l = new Lecture(contrat);
    if (/^3\d$/.test(l.texte("contrat.typeContratApp") ?? "")) return;
    const numero = l.texte("contrat.noContrat")?.toUpperCase();
    if (numero === undefined || !this.references.has(numero) || this.precedents.has(numero)) return;
    const champ = (chemin: string) => {
      const v = l.brut(chemin);
      return typeof v === "string" || typeof v === "number" ? v : undefined;
    };
    const contratReduit = { employeur: { siret: champ("employeur.siret") }, contrat: { noContrat: numero, typeContratApp: champ("contrat.typeContratApp"), dateSignature: champ("contrat.dateSignature"), dateDebutContrat: champ("contrat.dateDebutContrat"), dateFinContrat: champ("contrat.dateFinContrat"), dateRupture: champ("contrat.dateRupture"), remunerationsAnnuelles: [] }, formation: { typeDiplome: champ("formation.typeDiplome") } };
    this.precedents.set(numero, { contrat: JSON.parse(JSON.stringify(contratReduit)) as object, provenance });
  }

  contratPrecedent(cite: string, sources: string): ReponseHistoriqueContrats {
    const trouve = this.precedents.get(cite.toUpperCase());
    if (trouve !== undefined) return { statut: "trouve", contrat: trouve.contrat, source: `${trouve.provenance.origine === "lot" ? "lot contrôlé" : "historique"}, ${trouve.provenance.fichier}:${trouve.provenance.ligne}` };
    if (this.referencesSaturees && !this.references.has(cite.toUpperCase())) return { statut: "indisponible", raison: `index du lot saturé (plus de ${this.limites.contratsPrecedents} contrats précédents cités)`, source: sources };
    return { statut: "absent", raison: `contrat ${cite.toUpperCase()} absent du ${sources}`, source: sources };
  }

  apprentisEncadres(rang: number, contrat: object, maitre: { nom?: unknown; prenom?: unknown; dateNaissance?: unknown }, date: string): { total: number; prolongesApresEchec: number } | string {
    const l = new Lecture(contrat);
    const numero = numeroDuContrat(l);
    const cle = cleMaitre(maitre.nom, maitre.prenom, maitre.dateNaissance, l.brut("employeur.siret"));
    const liste = cle === undefined ? undefined : this.maitres.get(cle);
    if (liste === undefined && this.maitresSatures) return `index du lot saturé (plus de ${this.limites.maitres} maîtres d'apprentissage)`;
    const j = jour(date);
    if (liste === undefined || j === undefined) return { total: 0, prolongesApresEchec: 0 };
    const parContrat = new Map<string, boolean>();
    for (const e of liste) {
      if (e.rang === rang || (e.numero !== undefined && e.numero === numero)) continue;
      if (e.debut > j || e.fin < j) continue;
      const cleContrat = e.numero === undefined ? `rang:${e.rang}` : `numero:${e.numero}`;
      parContrat.set(cleContrat, (parContrat.get(cleContrat) ?? false) || e.prolonge);
    }
    return { total: parContrat.size, prolongesApresEchec: [...parContrat.values()].filter(Boolean).length };
  }
}

// Peu de valeurs distinctes : les portefeuilles se recoupent, les variantes d'écriture d'un même nom aussi.
const nom = fc.constantFrom("Dupont", "DUPONT", "du pont", "Dupond", "Élodie", "ELODIE", "Zoé", "", "  ", "|", "a|b", 42);
const dateNaissance = fc.constantFrom("1978-05-02", "1978-5-2", "1985-06-02", "0050-01-01", "1950-01-01", "02/05/1978", "", "\uD800", "\uDC00", 19780502);
const siret = fc.constantFrom("80123456700015", "801 234 567 00015", "080123456700015", "8012345670001", "", " ", "A0123456700015", "80123456700015|x", 80123456700015);
const date = fc.constantFrom("2024-09-02", "2025-01-15", "2025-09-01", "2026-08-31", "2027-08-31", "2024-02-30", "31/08/2026", "2023-12-31");
const numero = fc.constantFrom("069202409000001", "069202409000002", "069202409000003", "069202409000001 ", "069a02409000001", "069A02409000001", "", 69202409000004);
const maitre = fc.record({ nom, prenom: nom, dateNaissance }, { requiredKeys: [] });
const contrat = fc.record(
  {
    employeur: fc.record({ siret }, { requiredKeys: [] }),
    maitre1: maitre,
    maitre2: fc.option(maitre, { nil: undefined }),
    contrat: fc.record(
      {
        typeContratApp: fc.constantFrom("11", "21", "22", "23", "31", "33", " 33 ", 21, "4"),
        noContrat: numero,
        numeroContratPrecedent: numero,
        dateDebutContrat: date,
        dateFinContrat: date,
        dateRupture: date,
        dateSignature: date,
      },
      { requiredKeys: [] },
    ),
    formation: fc.record({ typeDiplome: fc.constantFrom("33", 33, "x") }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);
// Empreintes : normale, toutes égales, ou quatre valeurs (collisions forcées, comparaison exacte nécessaire).
const empreintes: Record<string, EmpreinteCle | undefined> = { normale: undefined, constante: () => 7, quatre: (o, n) => (n === 0 ? 0 : (o[n - 1] as number) & 3) };

describe("IndexLot compact", () => {
  it("répond comme l'index à tables JavaScript aux clés exactes (portefeuilles, contrats précédents, saturation), restauré ou non, construit par journaux rejoués ou non, empreintes en collision ou non", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ contrat, historique: fc.boolean() }), { minLength: 1, maxLength: 25 }),
        fc.constantFrom("normale", "constante", "quatre"),
        fc.record({ maitres: fc.integer({ min: 1, max: 12 }), contratsPrecedents: fc.integer({ min: 1, max: 6 }) }),
        fc.array(fc.nat(), { maxLength: 4 }),
        async (lot, nomEmpreinte, limites, coupures) => {
          const empreinte = empreintes[nomEmpreinte];
          const compact = new IndexLot(limites, empreinte);
          // Même lot lu « par des fils de calcul » : un journal par morceau (coupures au hasard), rejoués dans l'ordre.
          const parJournaux = new IndexLot(limites, empreinte);
          const bornes = [...new Set([0, ...coupures.map((c) => c % (lot.length + 1)), lot.length])].sort((a, b) => a - b);
          const reference = new IndexReference(limites);
          const provenance = (i: number, historique: boolean): ProvenanceIndexee => ({ origine: historique ? "historique" : "lot", fichier: historique ? "historique.jsonl" : "lot.jsonl", ligne: i + 1 });
          const rang = (i: number, historique: boolean) => (historique ? -(i + 1) : i + 1);
          lot.forEach(({ contrat: c, historique }, i) => {
            compact.indexerMaitresEtReferences(rang(i, historique), c, provenance(i, historique));
            reference.indexer(rang(i, historique), c, provenance(i, historique));
          });
          for (let k = 0; k + 1 < bornes.length; k++) {
            const journal = new JournalIndexLot();
            for (let i = bornes[k] as number; i < (bornes[k + 1] as number); i++) {
              const { contrat: c, historique } = lot[i] as (typeof lot)[number];
              journal.ajouter(rang(i, historique), champsIndexLot(c), historique ? "historique" : "lot");
            }
            parJournaux.rejouer(structuredClone(journal.etat()));
          }
          expect(compact.contratsPrecedentsCites).toBe(reference.references.size > 0);
          lot.forEach(({ contrat: c, historique }, i) => {
            compact.retenirContratPrecedent(c, provenance(i, historique));
            parJournaux.retenirContratPrecedent(c, provenance(i, historique));
            reference.retenir(c, provenance(i, historique));
          });
          const bilan = compact.terminer(2, []);
          expect(parJournaux.terminer(2, [])).toEqual(bilan);
          expect(bilan).toMatchObject({ maitres: reference.maitres.size, maitresSatures: reference.maitresSatures, contratsPrecedentsCherches: reference.references.size, contratsPrecedentsTrouves: reference.precedents.size, contratsPrecedentsSatures: reference.referencesSaturees });
          // L'état passe par le clonage structuré (comme postMessage) : la mémoire partagée n'est pas copiée.
          const restaure = IndexLot.restaurer(structuredClone(compact.etat()), empreinte);
          const sources = bilan.contratsHistorique > 0 ? "lot contrôlé et historique" : "lot contrôlé";
          for (const index of [compact, restaure, parJournaux]) {
            for (const [i, { contrat: c, historique }] of lot.entries()) {
              if (historique) continue;
              const ports = index.portsPour(rang(i, false), c);
              for (const m of [c.maitre1 ?? {}, c.maitre2 ?? {}, lot[(i + 1) % lot.length]?.contrat.maitre1 ?? {}]) {
                for (const d of ["2024-09-02", "2025-09-01", "2026-08-31", "2027-08-31", "x"]) {
                  const attendu = reference.apprentisEncadres(rang(i, false), c, m, d);
                  const obtenu = await ports.portefeuille.apprentisEncadres({ siren: "801234567", ...(m as object) } as never, d).catch((e: Error) => e.message);
                  expect(obtenu).toEqual(attendu);
                }
              }
              for (const cite of ["069202409000001", "069a02409000001", "069202409000003", "inconnu"]) {
                expect(await ports.historique.contratPrecedent(cite)).toEqual(reference.contratPrecedent(cite, sources));
              }
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);
});
