"""The 行动方案: the action plan as a Word document in 公文 form (GB/T 9704-2012), with its annexes."""
