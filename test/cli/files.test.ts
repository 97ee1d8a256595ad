/**
 * Issue 12, classes 5, 6, 9 and 10: the command line and the file system, through real child
 * processes. Nothing is overwritten that appeared during a build (another build, a user's save);
 * a symbolic link, a device or the input itself at --out is refused; Ctrl-C leaves nothing behind;
 * every source is read with a byte cap (a device, standard input, a FIFO); and each way a file
 * cannot be read has its own message. A FIFO as the case file lets the test decide when the build
 * goes on, so no test depends on timing.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { exampleCase } from "../../src/model";
import { buildCommand, type WorkbookBuilder } from "../../src/cli/commands/build";
import { nodeFileSystem, type CliContext, type CliFileSystem } from "../../src/cli/context";
import { ensureCliCompiled, runCli } from "./compileCli";
import { failingFs, makeFifo, removeTempDirs, runInProcess, startCli, temporaries, tempDir, until, writeJson } from "./support";

beforeAll(() => ensureCliCompiled(), 180_000);
afterAll(removeTempDirs);
jest.setTimeout(120_000);

const caseText = JSON.stringify(exampleCase());
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |node:internal|TypeError|RangeError/);
let tried = 0;

describe("class 5: a file that appears while the workbook is built is never overwritten", () => {
  it("without --force, a file saved at --out during the build is kept, and the build says so", async () => {
    const dir = tempDir();
    const fifo = makeFifo(dir, "case.json");
    const out = path.join(dir, "model.xlsx");
    const build = startCli(["build", fifo, "--out", out]);
    await until(() => temporaries(dir).length === 1, "the build's temporary file");
    fs.writeFileSync(out, "saved by a user meanwhile");
    fs.writeFileSync(fifo, caseText);
    const r = await build.finished;
    tried++;
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`Fout: ${out} is verschenen terwijl de werkmap werd gebouwd; er is niets overschreven (gebruik --force om het te vervangen)\n`);
    expect(r.stdout).toBe("");
    expect(fs.readFileSync(out, "utf8")).toBe("saved by a user meanwhile");
    expect(temporaries(dir)).toEqual([]);
  });

  it("two builds to one name: the first to finish writes it, the other says the file appeared", async () => {
    const dir = tempDir();
    const out = path.join(dir, "model.xlsx");
    const first = makeFifo(dir, "first.json");
    const second = makeFifo(dir, "second.json");
    const a = startCli(["build", first, "--out", out]);
    const b = startCli(["build", second, "--out", out, "--lang", "en"]);
    await until(() => temporaries(dir).length === 2, "both temporary files");
    fs.writeFileSync(second, JSON.stringify({ ...exampleCase(), title: "Second" }));
    const rb = await b.finished;
    fs.writeFileSync(first, JSON.stringify({ ...exampleCase(), title: "First" }));
    const ra = await a.finished;
    tried += 2;
    expect([rb.status, ra.status]).toEqual([0, 2]);
    expect(rb.stdout).toMatch(/^Workbook written: /);
    expect(ra.stderr).toContain("is verschenen terwijl de werkmap werd gebouwd");
    const read = runCli(["read", out]);
    expect(JSON.parse(read.stdout).title).toBe("Second");
    expect(temporaries(dir)).toEqual([]);
  });
});

describe("class 6: paths and signals", () => {
  it("refuses a symbolic link at --out, dangling or not, with or without --force, and says where it points", () => {
    const dir = tempDir();
    const input = writeJson(dir, "case.json", exampleCase());
    const dangling = path.join(dir, "dangling.xlsx");
    fs.symlinkSync(path.join(dir, "nowhere.xlsx"), dangling);
    const real = path.join(dir, "real.xlsx");
    fs.writeFileSync(real, "the link's target");
    const link = path.join(dir, "link.xlsx");
    fs.symlinkSync(real, link);
    for (const [out, force] of [
      [dangling, false],
      [dangling, true],
      [link, false],
      [link, true],
    ] as const) {
      const r = runCli(["build", input, "--out", out, ...(force ? ["--force"] : []), "--lang", "en"]);
      tried++;
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`Error: --out ${out} is a symbolic link (to ${fs.readlinkSync(out)}); give the file itself, or remove the link first\n`);
    }
    expect(fs.existsSync(path.join(dir, "nowhere.xlsx"))).toBe(false);
    expect(fs.lstatSync(dangling).isSymbolicLink() && fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(real, "utf8")).toBe("the link's target");
    expect(temporaries(dir)).toEqual([]);
  });

  it("refuses --out that is the input file (the same name, or a hard link to it), also with --force", () => {
    const dir = tempDir();
    const input = path.join(dir, "case.xlsx");
    fs.writeFileSync(input, caseText);
    const hardLink = path.join(dir, "other.xlsx");
    fs.linkSync(input, hardLink);
    for (const out of [input, hardLink, path.join(dir, ".", "case.xlsx")]) {
      const r = runCli(["build", input, "--out", out, "--force"]);
      tried++;
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(`Fout: --out ${out} is hetzelfde bestand als de invoer ${input}; kies een andere naam\n`);
    }
    expect(fs.readFileSync(input, "utf8")).toBe(caseText);
  });

  it("refuses a FIFO (as a device or socket) at --out, also with --force", () => {
    const dir = tempDir();
    const fifo = makeFifo(dir, "pipe.xlsx");
    const f = runCli(["build", "--example", "--out", fifo, "--force", "--lang", "en"]);
    tried++;
    expect(f.status).toBe(2);
    expect(f.stderr).toBe(`Error: --out ${fifo} is not a regular file (a device, FIFO or socket); give a file name\n`);
    expect(fs.lstatSync(fifo).isFIFO()).toBe(true);
  });

  it.each(["SIGINT", "SIGTERM"] as const)("%s during a build removes the temporary file, writes nothing and ends as the signal asks", async (signal) => {
    const dir = tempDir();
    const fifo = makeFifo(dir, "case.json");
    const out = path.join(dir, "model.xlsx");
    const build = startCli(["build", fifo, "--out", out]);
    await until(() => temporaries(dir).length === 1, "the build's temporary file");
    build.child.kill(signal);
    const r = await build.finished;
    tried++;
    expect(r.signal).toBe(signal);
    expect(r.stderr).toBe(`onderbroken: ${out} is niet geschreven en er is niets achtergebleven\n`);
    expect(fs.readdirSync(dir).sort()).toEqual(["case.json"]);
  });

  it("forces the file to disk before it is published, and the folder after (recorded operations)", async () => {
    const dir = tempDir();
    const out = path.join(dir, "model.xlsx");
    for (const force of [false, true]) {
      const ops: string[] = [];
      const real = nodeFileSystem();
      const recording: CliFileSystem = {
        ...real,
        createExclusive: async (f) => {
          ops.push("create");
          const file = await real.createExclusive(f);
          return {
            write: async (d) => (ops.push("write"), file.write(d)),
            sync: async () => (ops.push("sync"), file.sync()),
            close: async () => (ops.push("close"), file.close()),
          };
        },
        link: async (a, b) => (ops.push("link"), real.link(a, b)),
        rename: async (a, b) => (ops.push("rename"), real.rename(a, b)),
        unlink: async (f) => (ops.push("unlink"), real.unlink(f)),
        syncDir: async (d) => (ops.push("syncDir"), real.syncDir(d)),
      };
      const code = await buildCommand(buildArgs(out, force), context(recording), standIn);
      expect(code).toBe(0);
      expect(ops).toEqual(
        force ? ["create", "write", "sync", "close", "rename", "syncDir"] : ["create", "write", "sync", "close", "link", "unlink", "syncDir"],
      );
    }
  });

  it("on a file system without hard links, publishes by an exclusive create, still never over an existing file", async () => {
    const dir = tempDir();
    const out = path.join(dir, "model.xlsx");
    const noLinks = failingFs({
      link: async () => {
        throw Object.assign(new Error("EPERM"), { code: "EPERM" });
      },
    });
    expect(await buildCommand(buildArgs(out, false), context(noLinks), standIn)).toBe(0);
    expect(new Uint8Array(fs.readFileSync(out))).toEqual(standInBytes);
    expect(temporaries(dir)).toEqual([]);
    // A file that appears between the check and the publish: exclusive create fails, the file stays.
    const appearing = failingFs({
      link: async () => {
        throw Object.assign(new Error("EPERM"), { code: "EPERM" });
      },
      createExclusive: async (f) => {
        if (f === out) fs.writeFileSync(out, "appeared");
        return nodeFileSystem().createExclusive(f);
      },
    });
    fs.rmSync(out);
    await expect(buildCommand(buildArgs(out, false), context(appearing), standIn)).rejects.toMatchObject({ code: "outAppeared" });
    expect(fs.readFileSync(out, "utf8")).toBe("appeared");
    expect(temporaries(dir)).toEqual([]);
  });
});

const standInBytes = new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]);
const standIn = async (): Promise<WorkbookBuilder> => ({ buildPlan: () => ({}) as never, planToXlsx: async () => standInBytes });
const buildArgs = (out: string, force: boolean) => ({
  command: "build" as const,
  positionals: [],
  options: { example: true, out, ...(force ? { force: true } : {}) } as Record<string, string | true>,
  lang: "nl" as const,
});
const context = (fsys: CliFileSystem): CliContext => ({
  out: () => undefined,
  err: () => undefined,
  json: () => undefined,

  fs: fsys,
  now: () => new Date(0),
  version: "t",
  lang: "nl",
});

describe("class 9: every source is read with a byte cap", () => {
  it("a device that never ends (/dev/zero), as a case file and as a workbook", () => {
    const v = runCli(["validate", "/dev/zero"]);
    const r = runCli(["read", "/dev/zero", "--lang", "en"]);
    tried += 2;
    expect([v.status, v.stderr]).toEqual([2, "Fout: /dev/zero is groter dan 20 MB; een casusbestand is veel kleiner\n"]);
    expect([r.status, r.stderr]).toEqual([2, "Error: /dev/zero is larger than 50 MB; a model made by the add-in is much smaller\n"]);
  });

  it("standard input that never ends, and a FIFO fed more than the cap", async () => {
    const zero = fs.openSync("/dev/zero", "r");
    const s = startCli(["summary", "/dev/stdin"], { stdin: zero });
    const rs = await s.finished;
    fs.closeSync(zero);
    tried++;
    expect([rs.status, rs.stderr]).toEqual([2, "Fout: /dev/stdin is groter dan 20 MB; een casusbestand is veel kleiner\n"]);

    const dir = tempDir();
    const fifo = makeFifo(dir, "endless.json");
    const v = startCli(["validate", fifo]);
    const writer = fs.createWriteStream(fifo);
    writer.on("error", () => undefined); // the reader stops at the cap: EPIPE is expected
    const block = Buffer.alloc(1024 * 1024, 0x20);
    for (let i = 0; i < 21; i++) writer.write(block);
    writer.end();
    const rv = await v.finished;
    tried++;
    expect([rv.status, rv.stderr]).toEqual([2, `Fout: ${fifo} is groter dan 20 MB; een casusbestand is veel kleiner\n`]);
  });

  it("a FIFO and standard input with a case in them are read like a file", async () => {
    const dir = tempDir();
    const fifo = makeFifo(dir, "case.json");
    const v = startCli(["validate", fifo]);
    fs.writeFileSync(fifo, caseText);
    const r = await v.finished;
    tried++;
    expect([r.status, r.stdout]).toEqual([0, "ok\n"]);
  });

  it("a sparse regular file above the cap is refused from its size, without reading it", () => {
    const dir = tempDir();
    const big = path.join(dir, "big.json");
    fs.writeFileSync(big, "");
    fs.truncateSync(big, 30 * 1024 * 1024);
    const r = runCli(["validate", big]);
    tried++;
    expect([r.status, r.stderr]).toEqual([2, `Fout: ${big} is groter dan 20 MB; een casusbestand is veel kleiner\n`]);
  });
});

describe("class 10: each way a file cannot be read has its own message", () => {
  it("read and validate: a folder, a path through a file, a loop of links, a missing file", () => {
    const dir = tempDir();
    const file = writeJson(dir, "case.json", exampleCase());
    const loopA = path.join(dir, "a.xlsx");
    fs.symlinkSync(path.join(dir, "b.xlsx"), loopA);
    fs.symlinkSync(loopA, path.join(dir, "b.xlsx"));
    const expectations: [string[], string][] = [
      [["read", dir], `Fout: ${dir} is een map, geen bestand\n`],
      [["validate", dir], `Fout: ${dir} is een map, geen bestand\n`],
      [["read", path.join(file, "x.xlsx")], `Fout: kan ${path.join(file, "x.xlsx")} niet lezen (een deel van het pad is geen map, ENOTDIR)\n`],
      [["read", loopA, "--lang", "en"], `Error: cannot read ${loopA} (too many symbolic links in a row, ELOOP)\n`],
      [["read", path.join(dir, "missing.xlsx")], `Fout: bestand niet gevonden: ${path.join(dir, "missing.xlsx")}\n`],
    ];
    for (const [args, stderr] of expectations) {
      const r = runCli(args);
      tried++;
      expect({ args, status: r.status, stderr: r.stderr }).toEqual({ args, status: 2, stderr });
      noStack(r.stderr);
    }
  });

  it("a file the system will not let us read: the reason in words and its code", async () => {
    const denied = failingFs({
      readFile: async () => {
        throw Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" });
      },
    });
    const nl = await runInProcess(["read", "model.xlsx"], { fs: denied });
    const en = await runInProcess(["read", "model.xlsx", "--lang", "en"], { fs: denied });
    tried += 2;
    expect([nl.code, nl.err]).toEqual([2, ["Fout: kan model.xlsx niet lezen (geen toestemming, EACCES)"]]);
    expect(en.err).toEqual(["Error: cannot read model.xlsx (permission denied, EACCES)"]);
  });
});

afterAll(() => {
  // The count of bad inputs tried here, for the note.
  process.stdout.write(`files.test.ts: ${tried} hostile or careless file-system inputs tried\n`);
});
