// "Show all code" / "Hide all code": one button per chapter opens or closes every
// folded code cell (sitebuild/render/code_folding.py folds them). site.js loads this
// file on the first page with folded code and calls it on every such page.
// A folded cell keeps its code as text until it is first opened (site.js moves it in).

function addCodeToggle() {
  const cells = [...document.querySelectorAll("details.nx-code")];
  if (cells.length === 0 || document.querySelector(".nx-code-toggle")) return;
  const button = document.createElement("button");
  button.type = "button";
  button.className = "nx-code-toggle";
  // The edition's words (the [js] string table, written into every page as <meta name="nx-strings"> by
  // sitebuild/editions.py, as charts.js and compare.js read it); English otherwise.
  const strings = JSON.parse(document.querySelector('meta[name="nx-strings"]')?.content || "{}");
  const say = (key, fallback) => (strings[key] || fallback).replace("{n}", cells.length);
  const label = () => {
    const open = cells.every((cell) => cell.open);
    button.textContent = open ? say("hide_code", "Hide all code ({n} cells)") : say("show_code", "Show all code ({n} cells)");
  };
  button.addEventListener("click", () => {
    const open = !cells.every((cell) => cell.open);
    cells.forEach((cell) => { cell.open = open; });
    label();
  });
  cells.forEach((cell) => cell.addEventListener("toggle", label));
  label();
  const anchor = document.querySelector(".nx-cite") || cells[0];
  anchor.after(button);
}

window.nxAddCodeToggle = addCodeToggle;
