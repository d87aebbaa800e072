// Dissect a capture with the TLCP plugin in wiregasm (Wireshark 4.4 / Lua 5.4 as WebAssembly)
// and print the tlcp trees of the frames asked, in the orders asked, as one JSON object:
//   node frames.js JOB.json   (JOB: {plugin, capture, prefs: {"tlcp.key": value}, orders, output})
// Writes to JOB.output: {"orders": {name: {frame: [[depth, label], ...]}}, "log": "..."}
"use strict";
const fs = require("fs");
const path = require("path");

const dist = path.join(__dirname, "node_modules", "@goodtools", "wiregasm", "dist");
const loadWiregasm = require(path.join(dist, "wiregasm.js"));

function rows(vector, depth, out) {
  for (let i = 0; i < vector.size(); i++) {
    const node = vector.get(i);
    out.push([depth, node.label]);
    rows(node.tree, depth + 1, out);
  }
}

async function main() {
  const job = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  const log = [];
  const wg = await loadWiregasm({
    locateFile: (file, prefix) => {
      if (file.endsWith(".data")) return path.join(dist, "wiregasm.data");
      if (file.endsWith(".wasm")) return path.join(dist, "wiregasm.wasm");
      return prefix + file;
    },
    print: (text) => log.push(text),
    printErr: (text) => log.push(text),
  });
  wg.FS.writeFile("/plugins/tlcp.lua", fs.readFileSync(job.plugin));
  wg.init();
  for (const [name, value] of Object.entries(job.prefs || {})) {
    const dot = name.indexOf(".");
    const set = wg.setPref(name.slice(0, dot), name.slice(dot + 1), String(value));
    if (set.code !== 0) throw new Error(`preference ${name}: ${set.error}`);
  }
  wg.applyPreferences();
  wg.FS.writeFile("/uploads/capture.pcapng", fs.readFileSync(job.capture));
  const session = new wg.DissectSession("/uploads/capture.pcapng");
  const loaded = session.load();
  if (loaded.code !== 0) throw new Error(`load: ${loaded.error}`);
  const orders = {};
  for (const [name, numbers] of Object.entries(job.orders)) {
    const frames = {};
    for (const number of numbers) {
      const frame = session.getFrame(number);
      const out = [];
      for (let i = 0; i < frame.tree.size(); i++) {
        const top = frame.tree.get(i);
        if (top.filter === "tlcp") rows(top.tree, 1, out);
      }
      frames[number] = out;
    }
    orders[name] = frames;
  }
  session.delete();
  fs.writeFileSync(job.output, JSON.stringify({
    version: wg.wiresharkVersion(), orders,
    log: log.filter((line) => !line.includes("[DFilter INFO]")).join("\n"),
  }));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack || error) + "\n");
  process.exit(1);
});
