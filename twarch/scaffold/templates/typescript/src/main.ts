/** Run the agent's server: `npm run build && npm start` (PORT from the environment or .env). */

import { env } from "./config.js";
import { askLlm } from "./llm.js";
import { makeServer } from "./server.js";

const port = Number(env("PORT"));
makeServer(askLlm).listen(port, () => console.info(`listening on port ${port}`));
