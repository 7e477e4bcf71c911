import { describe, expect, it } from "vitest";
import { contexteCliCapture } from "../contexteCliCapture";
import { executerCli } from "../executerCli";
import { contexteNeutralise } from "./contexteNeutralise";
import { neutraliserSortie } from "./neutraliserSortie";

/*
 * Issue 13, défaut 7 : aucun caractère de contrôle (ESC, C1, surcharge bidirectionnelle) venu d'un
 * argument ou d'un champ n'atteint le terminal, quelle que soit la commande. La neutralisation a
 * lieu une seule fois, dans executerCli (contexteNeutralise).
 */

const ESC = "\u001b[2J\u001b]0;pirate\u0007";
const RLO = "\u202e";
const BRUTS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/u;

async function lancer(args: string[]): Promise<{ code: number; texte: string }> {
  const c = contexteCliCapture();
  const code = await executerCli(args, c);
  return { code, texte: [...c.sortie, ...c.erreurs].join("") };
}

describe("neutralisation des sorties texte de toutes les commandes", () => {
  it("neutraliserSortie garde sauts de ligne et tabulations, rend visibles ESC, CR, C1 et U+202E ; la forme \\uXXXX reste du JSON valide", () => {
    expect(neutraliserSortie("a\tb\nc\r\u001b[31m\u0085\u202e")).toBe("a\tb\nc\\x0D\\x1B[31m\\u0085\\u202E");
    const json = JSON.stringify({ titre: `x${RLO}y\u0085` });
    expect(JSON.parse(neutraliserSortie(json))).toEqual({ titre: `x${RLO}y\u0085` });
    expect(neutraliserSortie(json)).not.toMatch(BRUTS);
    // un CSV écrit sur la sortie standard garde son BOM de tête et ses fins de ligne CRLF ; un CR seul ou un BOM au milieu sont neutralisés
    expect(neutraliserSortie("\ufeffa;b\r\nc;d\r\n")).toBe("\ufeffa;b\r\nc;d\r\n");
    expect(neutraliserSortie("a\rb\ufeff")).toBe("a\\x0Db\\uFEFF");
  });

  it("contexteNeutralise transmet l'entrée standard en octets, sans décodage", async () => {
    const octets = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0xff, 0x00, 0x80]);
    const n = contexteNeutralise(contexteCliCapture({ entree: octets }));
    expect(await n.lireEntreeStandardOctets?.()).toEqual(octets);
  });

  it("contexteNeutralise filtre la sortie standard et la sortie d'erreur", () => {
    const c = contexteCliCapture({ repertoire: "/tmp" });
    const n = contexteNeutralise(c);
    n.ecrire(`sortie ${ESC}\n`);
    n.ecrireErreur(`erreur ${RLO}\n`);
    expect(c.sortie).toEqual(["sortie \\x1B[2J\\x1B]0;pirate\\x07\n"]);
    expect(c.erreurs).toEqual(["erreur \\u202E\n"]);
    expect(n.repertoire).toBe("/tmp");
  });

  const cas: [string, string[]][] = [
    ["commande inconnue", [`pirate${ESC}${RLO}`]],
    ["identifiant", ["identifiant", `0951099D${ESC}${RLO}`]],
    ["identifiant --json", ["identifiant", `1234${ESC}${RLO}`, "--json"]],
    ["npec", ["npec", `RNCP${ESC}${RLO}`]],
    ["remuneration", ["remuneration", `--naissance${ESC}${RLO}`]],
    ["financement", ["financement", `--rncp${ESC}${RLO}`]],
    ["statut", ["statut", `${ESC}${RLO}.json`]],
    ["indicateurs", ["indicateurs", `--periode${ESC}${RLO}`]],
    ["formats", ["formats", `--format${ESC}${RLO}`]],
    ["referentiel", ["referentiel", `${ESC}${RLO}`]],
    ["signature", ["signature", `${ESC}${RLO}.pdf`]],
    ["convergence", ["convergence", `${ESC}${RLO}`]],
  ];
  it.each(cas)("%s : ESC et U+202E de l'argument n'atteignent pas le terminal", async (_nom, args) => {
    const { texte } = await lancer(args);
    expect(texte).not.toMatch(BRUTS);
    expect(texte.includes("\\x1B") || texte.includes("\\u202E"), texte.slice(0, 400)).toBe(true);
  }, 60_000);
});
