import { defineCommand } from "@/lib/commands/command";
import { saveNarrativeCommand } from "./commands";
import { readNarrative } from "./narrative-store";
import { saveNarrative } from "./save-narrative";

/** PUT …/narrative: the form's narrative command, answering with the narrative as stored (the API's GET shape). */
export const putNarrativeCommand = defineCommand({
  ...saveNarrativeCommand,
  run: (tx, user, input, key) => {
    saveNarrative(tx, user.id, key, input);
    return { department: input.department, year: input.year, month: input.month, ...readNarrative(tx, key) };
  },
});
