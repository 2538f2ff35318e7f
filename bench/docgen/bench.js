// docxtemplater side of the benchmark: the same template and data, paragraphLoop + linebreaks, a small parser
// for dotted paths and the four filters the template uses, DEFLATE output written to disk each time.
"use strict";
const fs = require("fs");
const path = require("path");
const PizZip = require("pizzip");
const Docxtemplater = require("docxtemplater");

const [dir, variant, nArg] = process.argv.slice(2);
const n = Number(nArg || 300);
const template = fs.readFileSync(path.join(dir, `contract-${variant}.docx`));
const data = JSON.parse(fs.readFileSync(path.join(dir, "data.json"), "utf8"));
const out = path.join(dir, `docxtemplater-${variant}-out.docx`);

const group = (s) => String(s).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
const filters = {
  upper: (v) => String(v).toUpperCase(),
  money: (v) => group(v),
  decimal: (v) => { const [i, f] = String(v).split("."); return group(i) + (f ? "," + f : ""); },
  date_long: (v) => { const [y, m, d] = String(v).split("-"); return `ngày ${d} tháng ${Number(m) <= 2 ? m : Number(m)} năm ${y}`; },
};
function parser(tag) {
  const [expr, ...fs_] = tag.split("|").map((s) => s.trim());
  const parts = expr === "." ? [] : expr.split(".");
  return {
    get(scope) {
      let v = scope;
      for (const p of parts) { if (v == null) return undefined; v = v[p]; }
      for (const f of fs_) v = filters[f](v);
      return v;
    },
  };
}

function renderOnce() {
  const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true, parser });
  doc.render(data);
  fs.writeFileSync(out, doc.getZip().generate({ type: "nodebuffer", compression: "DEFLATE" }));
}
for (let i = 0; i < 10; i++) renderOnce();  // warm-up (JIT)
const t0 = process.hrtime.bigint();
const c0 = process.cpuUsage();
for (let i = 0; i < n; i++) renderOnce();
const s = Number(process.hrtime.bigint() - t0) / 1e9;
const c = process.cpuUsage(c0);
const cpu = (c.user + c.system) / 1e6;  // CPU seconds: the fair figure on a loaded machine
console.log(`docxtemplater ${variant} ${(n / s).toFixed(1)} ${(n / cpu).toFixed(1)}`);
