import { describe, expect, it } from "vitest";
import { lignesMontantEnJeu } from "./lignesMontantEnJeu";

describe("lignesMontantEnJeu", () => {
  const base = { contratsSuspendus: 0, contratsValorises: 0, montantEnJeuCentimes: 0, contratsNonValorises: 0, motifsNonValorises: [] };

  it("aucun contrat bloqué", () => {
    expect(lignesMontantEnJeu(base)).toEqual(["Financement suspendu (écart bloquant avant paiement) : aucun contrat."]);
  });

  it("contrats bloqués tous non valorisés : montant inconnu, jamais 0 €", () => {
    const lignes = lignesMontantEnJeu({ ...base, contratsSuspendus: 91, montantEnJeuCentimes: null, raison: "aucun contrat suspendu n'a pu être valorisé (NPEC introuvable : 91)", contratsNonValorises: 91, motifsNonValorises: [{ motif: "NPEC introuvable", contrats: 91 }] });
    expect(lignes[0]).toBe("Financement suspendu (écart bloquant avant paiement) : 91 contrat(s) ; montant en jeu inconnu : aucun contrat valorisé (I-OPCO-INDUS).");
    expect(lignes.join(" ")).not.toContain("0,00 €");
    expect(lignes[1]).toContain("Non valorisés : 91 contrat(s) bloqué(s)");
    expect(lignes[1]).toContain("motif principal : NPEC introuvable (91).");
  });

  it("valorisés et non valorisés, motifs secondaires", () => {
    const lignes = lignesMontantEnJeu({
      contratsSuspendus: 5,
      contratsValorises: 2,
      montantEnJeuCentimes: 2_849_450,
      contratsNonValorises: 3,
      motifsNonValorises: [
        { motif: "NPEC introuvable", contrats: 2 },
        { motif: "NPEC absent et non cherché", contrats: 1 },
      ],
    });
    expect(lignes).toEqual([
      "Financement suspendu (écart bloquant avant paiement) : 5 contrat(s) ; montant en jeu 28 494,50 € pour 2 contrat(s) valorisé(s) (échéancier NPEC, I-OPCO-INDUS).",
      "Non valorisés : 3 contrat(s) bloqué(s) dont le montant n'a pas pu être calculé (non comptés dans le montant en jeu, jamais pour 0 €) ; motif principal : NPEC introuvable (2) ; autres motifs : NPEC absent et non cherché (1).",
    ]);
  });
});
