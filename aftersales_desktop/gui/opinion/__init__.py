"""The Customer opinion area: survey cards, follow-ups, complaints, maintenance contracts, technician scores."""
