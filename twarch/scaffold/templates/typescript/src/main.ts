/** Run the agent's server: `npm run build && npm start` (PORT from the environment or .env). */

import { env } from "./config.js";
//[if relay]
import { askLlm } from "./llm.js";
//[end]
//[if streams]
import { askLlm } from "./llm.js";
//[end]
//[if realtime]
import { openRealtime } from "./realtime.js";
//[end]
import { makeServer } from "./server.js";

const port = Number(env("PORT"));
//[if relay]
makeServer(askLlm).listen(port, () => console.info(`listening on port ${port}`));
//[end]
//[if streams]
makeServer(askLlm).listen(port, () => console.info(`listening on port ${port}`));
//[end]
//[if realtime]
makeServer(openRealtime).listen(port, () => console.info(`listening on port ${port}`));
//[end]
