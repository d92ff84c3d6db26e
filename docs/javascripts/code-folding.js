// "Show all code" / "Hide all code": one button per chapter opens or closes every
// folded code cell (sitebuild/render/code_folding.py folds them). site.js loads this
// file on the first page with folded code and calls it on every such page.
// A folded cell keeps its code in a <template>, outside the page's DOM, until it is
// first opened: then the code moves in, once.

function nxShowCode(cell) {
  const kept = cell.querySelector(":scope > template");
  if (kept) kept.replaceWith(kept.content);
}

// "toggle" does not bubble; one listener, caught on the way down, serves every page of the visit.
document.addEventListener("toggle", (event) => {
  if (event.target.matches && event.target.matches("details.nx-code") && event.target.open) nxShowCode(event.target);
}, true);

function addCodeToggle() {
  const cells = [...document.querySelectorAll("details.nx-code")];
  if (cells.length === 0 || document.querySelector(".nx-code-toggle")) return;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "nx-code-toggle";
  const label = () => {
    const open = cells.every((cell) => cell.open);
    button.textContent = open ? `Hide all code (${cells.length} cells)` : `Show all code (${cells.length} cells)`;
  };
  button.addEventListener("click", () => {
    const open = !cells.every((cell) => cell.open);
    cells.forEach((cell) => { cell.open = open; });
    label();
  });
  cells.forEach((cell) => cell.addEventListener("toggle", label));
  cells.filter((cell) => cell.open).forEach(nxShowCode); // opened before this file arrived
  label();
  const anchor = document.querySelector(".nx-cite") || cells[0];
  anchor.after(button);
}

window.nxAddCodeToggle = addCodeToggle;
