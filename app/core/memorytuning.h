#pragma once

namespace InviteDesk::MemoryTuning {

// Lets blocks of 4 MiB and more come from the system and go back to it when freed
// (glibc; elsewhere nothing), so the big temporaries of reading and sorting a list of a
// million rows do not stay resident after it is shown. Call first thing in main().
void returnLargeBlocksToTheSystem();

} // namespace InviteDesk::MemoryTuning
