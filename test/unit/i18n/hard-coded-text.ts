// Finds words for people written in code rather than in the locale files: JSX text, text-bearing
// attributes (aria-label, title, placeholder, alt…), strings shown as JSX children, and any string or
// template part that reads like a sentence. Class names, ids, keys and log messages are not text.
import ts from 'typescript';

/** Attributes a person reads or hears. */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'placeholder', 'alt', 'label']);

const HAS_LETTER = /\p{L}/u;
/** A word as prose has it: letters, maybe an apostrophe, maybe closing punctuation. */
const PROSE_WORD = /^[\p{L}'’]{2,}[.,:;!?…)]*$/u;

/** Two words in a row (class lists, ids and queries like "icmp 3/4" are not). */
export function readsLikeProse(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return words.some((w, i) => i > 0 && PROSE_WORD.test(w) && PROSE_WORD.test(words[i - 1]));
}

export interface HardCodedText {
  line: number;
  text: string;
  why: 'jsx text' | 'text attribute' | 'jsx child string' | 'prose string';
}

function isLogOrImport(node: ts.Node): boolean {
  for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
    if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isLiteralTypeNode(p)) return true;
    if (ts.isCallExpression(p) && /^console\./.test(p.expression.getText())) return true;
    if (ts.isStatement(p)) return false;
  }
  return false;
}

/** Inside `{…}` directly in JSX children (not in an attribute): what the expression renders. */
function rendersAsJsxChild(node: ts.Node): boolean {
  for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
    if (ts.isJsxAttribute(p) || ts.isCallExpression(p) || ts.isArrowFunction(p) || ts.isBinaryExpression(p) && p.operatorToken.kind !== ts.SyntaxKind.AmpersandAmpersandToken && p.operatorToken.kind !== ts.SyntaxKind.BarBarToken && p.operatorToken.kind !== ts.SyntaxKind.QuestionQuestionToken) return false;
    if (ts.isJsxExpression(p)) return ts.isJsxElement(p.parent) || ts.isJsxFragment(p.parent);
  }
  return false;
}

function textAttributeOf(node: ts.Node): string | null {
  for (let p: ts.Node | undefined = node.parent; p; p = p.parent) {
    if (ts.isJsxAttribute(p)) return TEXT_ATTRIBUTES.has(p.name.getText()) ? p.name.getText() : null;
    if (ts.isCallExpression(p) || ts.isJsxElement(p) || ts.isJsxSelfClosingElement(p)) return null;
  }
  return null;
}

export function findHardCodedText(fileName: string, source: string): HardCodedText[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: HardCodedText[] = [];
  const report = (node: ts.Node, text: string, why: HardCodedText['why']) =>
    found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim(), why });

  const visitString = (node: ts.Node, parts: string[]) => {
    if (isLogOrImport(node)) return;
    const text = parts.join(' ');
    if (!HAS_LETTER.test(text)) return;
    if (textAttributeOf(node)) report(node, text, 'text attribute');
    else if (rendersAsJsxChild(node)) report(node, text, 'jsx child string');
    else if (parts.some(readsLikeProse)) report(node, text, 'prose string');
  };

  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      if (HAS_LETTER.test(node.text)) report(node, node.text, 'jsx text');
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (ts.isJsxAttribute(node.parent) && TEXT_ATTRIBUTES.has(node.parent.name.getText())) {
        if (HAS_LETTER.test(node.text)) report(node, node.text, 'text attribute');
      } else if (!ts.isJsxAttribute(node.parent) && !ts.isPropertyAssignment(node.parent) || (ts.isPropertyAssignment(node.parent) && node.parent.initializer === node)) {
        visitString(node, [node.text]);
      }
    } else if (ts.isTemplateExpression(node)) {
      visitString(node, [node.head.text, ...node.templateSpans.map((s) => s.literal.text)]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
