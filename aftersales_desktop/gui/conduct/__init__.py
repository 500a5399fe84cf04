"""The conduct area: the staff conduct log (奖罚记录), its rule catalogue, the month and counter authority."""
