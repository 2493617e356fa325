import type { TCourseSpec } from "@gafus/prisma/factories";

// Demo course in English. "{name}" and "{pet}" are replaced with the student's and the pet's names.
export const looseLeashEn: TCourseSpec = {
  slug: "loose-leash-walking",
  title: "Loose-Leash Walking in Five Days",
  shortDescription: "Turn pulling into calm walks: attention, the reward zone, turns and real-street practice.",
  description: [
    "For dogs of any age that pull on the leash. Sessions are 10–20 minutes a day, indoors first, then outside.",
    "",
    "**You need:** a flat collar or harness, a 2 m leash, soft treats, a treat pouch.",
    "",
    "**How it works:** days open one after another; timers keep sessions short; the final exam (with a video) is reviewed by your trainer.",
  ].join("\n"),
  level: "INTERMEDIATE",
  locale: "en",
  days: [
    {
      title: "Getting ready",
      type: "INTRODUCTION",
      description: "Equipment, the marker word and the reward zone.",
      steps: [
        {
          title: "Why dogs pull",
          type: "THEORY",
          content:
            "Hi {name}! Pulling works for {pet}: it gets them where they want to go. This week we make walking beside you pay better.",
        },
        {
          title: "Equipment check",
          type: "PRACTICE",
          content: "Fit the harness: two fingers under every strap. Hold the leash in a relaxed loop.",
          checklist: ["Harness fits", "Leash is 2 m", "Treat pouch on the left"],
        },
        {
          title: "Charge the marker",
          type: "TRAINING",
          durationSec: 180,
          content: 'Say "Yes!" and give a treat, 15 times, in different spots of the room.',
        },
        {
          title: "First impressions",
          type: "DIARY",
          content: "How does {pet} walk today? Where and when is pulling worst?",
        },
      ],
    },
    {
      title: "Attention indoors",
      type: "DIAGNOSTICS",
      description: "How often does your dog check in with you?",
      steps: [
        {
          title: "Measuring check-ins",
          type: "THEORY",
          content: "Count how many times in two minutes {pet} looks at you without being asked. That is our baseline.",
        },
        {
          title: "Reward every check-in",
          type: "TRAINING",
          durationSec: 240,
          content: "Walk around the room. Each time {pet} looks at you: marker, treat at your left knee.",
        },
        { title: "Short break", type: "BREAK", durationSec: 60, content: "Let {pet} sniff around freely." },
        {
          title: "Baseline quiz",
          type: "EXAMINATION",
          content: "A short check of the basics.",
          quiz: {
            questions: [
              {
                id: "q1",
                text: "Where do you deliver the treat?",
                multiple: false,
                options: [
                  { id: "a", text: "At your left knee" },
                  { id: "b", text: "Anywhere the dog is" },
                ],
                correct: ["a"],
              },
              {
                id: "q2",
                text: "Which are signs your dog needs a break?",
                multiple: true,
                options: [
                  { id: "a", text: "Sniffing the floor a lot" },
                  { id: "b", text: "Yawning" },
                  { id: "c", text: "Eager eye contact" },
                ],
                correct: ["a", "b"],
              },
            ],
          },
        },
      ],
    },
    {
      title: "The reward zone",
      description: "Walking beside you pays.",
      steps: [
        {
          title: "What the reward zone is",
          type: "THEORY",
          content: "The reward zone is the area by your left leg. Treats only ever appear there.",
        },
        {
          title: "Zone walking",
          type: "TRAINING",
          durationSec: 300,
          content: "Take one step; if {pet} is in the zone, mark and treat. Build up to five steps.",
        },
        {
          title: "Stop when the leash tightens",
          type: "PRACTICE",
          content: "The moment the leash goes tight, stand still. When it slackens, go on.",
        },
        { title: "Breathe", type: "BREAK", durationSec: 60, content: "Sit down for a minute with {pet}." },
        { title: "Notes on the zone", type: "DIARY", content: "How many steps in a row did {pet} stay in the zone?" },
      ],
    },
    {
      title: "Turns and distractions",
      description: "Changing direction and walking past temptations.",
      steps: [
        {
          title: "About-turns",
          type: "THEORY",
          content: "When {pet} forges ahead, cheerfully turn around. Reward when they catch up in the zone.",
        },
        {
          title: "Turn drills",
          type: "TRAINING",
          durationSec: 300,
          content: "Ten about-turns in the garden or a quiet street.",
        },
        {
          title: "Walking past a toy",
          type: "PRACTICE",
          content: "Put a toy on the ground and walk past it at a distance your dog can manage.",
        },
        { title: "Rest", type: "BREAK", durationSec: 120, content: "Give {pet} a sniffing break on a long leash." },
      ],
    },
    {
      title: "Wrap-up",
      type: "SUMMARY",
      description: "Real-street practice and the final exam.",
      steps: [
        {
          title: "Keeping it up",
          type: "THEORY",
          content: "Well done, {name}! Keep two short sessions a week and reward the zone on every walk.",
        },
        {
          title: "Street walk",
          type: "TRAINING",
          durationSec: 600,
          content: "A ten-minute walk on a quiet street using everything from this week.",
        },
        {
          title: "Final exam",
          type: "EXAMINATION",
          content: "Record 30–60 seconds of walking together on a loose leash and tell us what was hardest.",
          requiresWrittenAnswer: true,
          requiresVideo: true,
          quiz: {
            questions: [
              {
                id: "q1",
                text: "What do you do when the leash tightens?",
                multiple: false,
                options: [
                  { id: "a", text: "Stand still" },
                  { id: "b", text: "Pull back" },
                ],
                correct: ["a"],
              },
            ],
          },
        },
        { title: "Looking back", type: "DIARY", content: "What changed in your walks with {pet}?" },
      ],
    },
  ],
};
