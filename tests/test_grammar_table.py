"""The grammar, table-driven: each instruction sentence and the operations it must give.

One row at least for every phrasing of ../shared/PATTERNS.md §1.1-1.6 and §7 (bar marked-up
text), and, in ``REFUSED``, every narrative form that is read and then refused.
"""

import pytest

from amend.errors import NarrativeAmendment
from amend.instructions import operations as ops
from amend.instructions.operations import Text as T
from amend.instructions.sentence import Located, read_instruction

B_III = ops.LabelRef(count='iii', within=ops.LabelRef(count='b'))
A_II = ops.LabelRef(count='ii', within=ops.LabelRef(count='a'))

ROWS = [
    ('Delete all after “This Council notes” and replace with: “believes that X.”',
     (ops.DeleteAfter(anchor=T('This Council notes'), content=T('believes that X.')),)),
    ('Delete all after “This Council notes” and replace with the following: “believes that X.”',
     (ops.DeleteAfter(anchor=T('This Council notes'), content=T('believes that X.')),)),
    ('Delete all after “This Council notes” and insert the following: “believes that X.”',
     (ops.DeleteAfter(anchor=T('This Council notes'), content=T('believes that X.')),)),
    ('Remove all after “This Council notes” and replace with: “believes that X.”',
     (ops.DeleteAfter(anchor=T('This Council notes'), content=T('believes that X.')),)),
    ('Delete everything after “This Council notes” and insert: “believes that X.”',
     (ops.DeleteAfter(anchor=T('This Council notes'), content=T('believes that X.')),)),
    ('Delete all the words after “This Council notes” and replace with: “believes that X.”',
     (ops.DeleteAfter(anchor=T('This Council notes'), content=T('believes that X.')),)),
    ('Delete all after: “This Council notes” Replace with: “believes that X.”',
     (ops.DeleteAfter(anchor=T('This Council notes'), content=T('believes that X.')),)),
    ('Delete all after “This Council notes” Replace with “believes that X.”',
     (ops.DeleteAfter(anchor=T('This Council notes'), content=T('believes that X.')),)),
    ('the deletion of all the words after the words “This Council” and the addition of the following words therefor:- (a) notes X.',
     (ops.DeleteAfter(anchor=T('This Council'), content=T('(a) notes X.')),)),
    ('leave out from “the closures” to end and insert “the council objects.”',
     (ops.DeleteAfter(anchor=T('the closures'), content=T('the council objects.'), inclusive=True),)),
    ('leave out from “the closures” to the end and insert “the council objects.”',
     (ops.DeleteAfter(anchor=T('the closures'), content=T('the council objects.'), inclusive=True),)),
    ('Delete all and replace with the following: That this Council supports X.',
     (ops.ReplaceAll(content=T('That this Council supports X.')),)),
    ('Delete all and replace with: That this Council supports X.',
     (ops.ReplaceAll(content=T('That this Council supports X.')),)),
    ('Delete all the words and replace with: That this Council supports X.',
     (ops.ReplaceAll(content=T('That this Council supports X.')),)),
    ('At the end of paragraph (c), add “and reports back”.',
     (ops.InsertWords(words=T('and reports back'), position=ops.Position.END, scope=ops.LabelRef(count='c')),)),
    ('At the start of paragraph (a), insert “firmly”',
     (ops.InsertWords(words=T('firmly'), position=ops.Position.START, scope=ops.LabelRef(count='a')),)),
    ('At the end of the motion add: (d) calls for action.',
     (ops.AddParagraphs(content=T('(d) calls for action.'), position=ops.Position.END),)),
    ('Delete the first two paragraphs and replace with: Council notes X.',
     (ops.DeleteParagraphs(target=ops.FirstRef(count=2), content=T('Council notes X.')),)),
    ('Delete first 2 paragraphs and replace with: Council notes X.',
     (ops.DeleteParagraphs(target=ops.FirstRef(count=2), content=T('Council notes X.')),)),
    ('Delete sections 1-3 and replace with: Council notes X.',
     (ops.DeleteParagraphs(target=ops.RangeRef(first='1', last='3'), content=T('Council notes X.')),)),
    ('In the second paragraph, delete “wholly”',
     (ops.DeleteWords(words=T('wholly'), scope=ops.OrdinalRef(n=2)),)),
    ('In the 2nd paragraph, delete “wholly”',
     (ops.DeleteWords(words=T('wholly'), scope=ops.OrdinalRef(n=2)),)),
    ('Delete “by May” and insert “by June” in paragraph (c).',
     (ops.SubstituteWords(old=T('by May'), new=T('by June'), scope=ops.LabelRef(count='c')),)),
    ('Delete “the” and insert “a” throughout',
     (ops.SubstituteWords(old=T('the'), new=T('a'), each=True),)),
    ('In paragraph (b) of the motion, delete “wholly”',
     (ops.DeleteWords(words=T('wholly'), scope=ops.LabelRef(count='b')),)),
    ('In paragraph (b) of the original motion, delete “wholly” and insert “partly”',
     (ops.SubstituteWords(old=T('wholly'), new=T('partly'), scope=ops.LabelRef(count='b')),)),
    ('In the first sentence of the motion, delete “wholly”',
     (ops.DeleteWords(words=T('wholly'), scope=ops.SentenceRef(n=1)),)),
    ('In the last sentence of paragraph (c), delete “wholly”',
     (ops.DeleteWords(words=T('wholly'), scope=ops.SentenceRef(n=-1, within=ops.LabelRef(count='c'))),)),
    ('The addition of a new sentence at the end of paragraph (c): “It reports in May.”',
     (ops.InsertWords(words=T('It reports in May.'), position=ops.Position.AFTER, scope=ops.SentenceRef(n=-1, within=ops.LabelRef(count='c'))),)),
    ('Add a new sentence at the end of paragraph (a): “It reports in May.”',
     (ops.InsertWords(words=T('It reports in May.'), position=ops.Position.AFTER, scope=ops.SentenceRef(n=-1, within=ops.LabelRef(count='a'))),)),
    ('Add a new sentence at the end of the motion: “It reports in May.”',
     (ops.InsertWords(words=T('It reports in May.'), position=ops.Position.AFTER, scope=ops.SentenceRef(n=-1)),)),
    ('Add a new sentence at the start of paragraph (a): “Times are hard.”',
     (ops.InsertWords(words=T('Times are hard.'), position=ops.Position.BEFORE, scope=ops.SentenceRef(n=1, within=ops.LabelRef(count='a'))),)),
    ('the deletion of paragraph (d)',
     (ops.DeleteParagraphs(target=ops.LabelRef(count='d')),)),
    ('the deletion of paragraphs (d) to (f)',
     (ops.DeleteParagraphs(target=ops.RangeRef(first='d', last='f')),)),
    ('the deletion of original paragraph (g)',
     (ops.DeleteParagraphs(target=ops.LabelRef(count='g', original=True)),)),
    ('the deletion of paragraphs (d) and (e)',
     (ops.DeleteParagraphs(target=ops.LabelsRef(('d', 'e'))),)),
    ('Delete paragraphs (b) and (d).',
     (ops.DeleteParagraphs(target=ops.LabelsRef(('b', 'd'))),)),
    ('Delete paragraphs (b), (c) and (e).',
     (ops.DeleteParagraphs(target=ops.LabelsRef(('b', 'c', 'e'))),)),
    ('the deletion of paragraphs (b), (d), and (f)',
     (ops.DeleteParagraphs(target=ops.LabelsRef(('b', 'd', 'f'))),)),
    ('Delete paragraphs 2, 3 and 5.',
     (ops.DeleteParagraphs(target=ops.LabelsRef(('2', '3', '5'))),)),
    ('In paragraph (b), (ii), delete “support”.',
     (ops.DeleteWords(words=T('support'), scope=ops.LabelRef(count='ii', within=ops.LabelRef(count='b'))),)),
    ('the deletion of paragraph (f) and the addition of a new paragraph (f) as follows:- (f) resolves X.',
     (ops.DeleteParagraphs(target=ops.LabelRef(count='f')), ops.AddParagraphs(content=T('(f) resolves X.'), labels=('f',), position=ops.Position.LABELS))),
    ('the deletion of paragraphs (d) to (f) and the addition of new paragraphs (d) to (g) as follows:- (d) a; (e) b; (f) c; and (g) d.',
     (ops.DeleteParagraphs(target=ops.RangeRef(first='d', last='f')), ops.AddParagraphs(content=T('(d) a; (e) b; (f) c; and (g) d.'), labels=('d', 'g'), position=ops.Position.LABELS))),
    ('the deletion of original paragraph (i) and the addition of a new paragraph (h) as follows:- (h) notes X.',
     (ops.DeleteParagraphs(target=ops.LabelRef(count='i', original=True)), ops.AddParagraphs(content=T('(h) notes X.'), labels=('h',), position=ops.Position.LABELS))),
    ('the relettering of original paragraph (g) as a new paragraph (h)',
     (ops.Reletter(target=ops.LabelRef(count='g', original=True), new='h'),)),
    ('Delete paragraph (d) and reletter accordingly.',
     (ops.DeleteParagraphs(target=ops.LabelRef(count='d')),)),
    ('Delete paragraph (d) and renumber the remaining paragraphs accordingly',
     (ops.DeleteParagraphs(target=ops.LabelRef(count='d')),)),
    ('Delete paragraph (d) and reletter subsequent paragraphs accordingly; and',
     (ops.DeleteParagraphs(target=ops.LabelRef(count='d')),)),
    ('Delete paragraph (d) and reletter the second paragraph as (c)',
     (ops.DeleteParagraphs(target=ops.LabelRef(count='d')), ops.Reletter(target=ops.OrdinalRef(n=2), new='c'))),
    ('Replace the word “poor” in the third paragraph with “inadequate”',
     (ops.SubstituteWords(old=T('poor'), new=T('inadequate'), scope=ops.OrdinalRef(n=3)),)),
    ('Replace the words “poor” with “inadequate”',
     (ops.SubstituteWords(old=T('poor'), new=T('inadequate')),)),
    ('Delete “poor” in line 4 and replace with: “inadequate”',
     (ops.SubstituteWords(old=T('poor'), new=T('inadequate'), line=4),)),
    ('by deleting the words “very poor” and replacing them with “inadequate”',
     (ops.SubstituteWords(old=T('very poor'), new=T('inadequate')),)),
    ('delete the words “very” and the words “wholly” from the motion',
     (ops.DeleteWords(words=T('very')), ops.DeleteWords(words=T('wholly')))),
    ('the deletion in paragraph (b) of the words “despite 10 years of austerity”',
     (ops.DeleteWords(words=T('despite 10 years of austerity'), scope=ops.LabelRef(count='b')),)),
    ('the deletion, from paragraph (b), of the words “despite 10 years of austerity”',
     (ops.DeleteWords(words=T('despite 10 years of austerity'), scope=ops.LabelRef(count='b')),)),
    ('by deleting the words “and cuts”, following the words “austerity”',
     (ops.DeleteWords(words=T('and cuts'), anchor=T('austerity'), side=ops.Position.AFTER),)),
    ('by deleting the words “and cuts”, following the words “austerity”, and replacing with the words “and reductions”',
     (ops.SubstituteWords(old=T('and cuts'), new=T('and reductions'), anchor=T('austerity'), side=ops.Position.AFTER),)),
    ('by deleting the word “Regrettably” at the beginning of the sentence',
     (ops.DeleteWords(words=T('Regrettably'), scope=ops.SentenceRef(n=1), side=ops.Position.START),)),
    ('Add “The Council thanks staff.” after the second sentence',
     (ops.InsertWords(words=T('The Council thanks staff.'), position=ops.Position.AFTER, scope=ops.SentenceRef(n=2)),)),
    ('Add “ and partners” after “staff” in the second sentence',
     (ops.InsertWords(words=T('and partners'), position=ops.Position.AFTER, anchor=T('staff'), scope=ops.SentenceRef(n=2)),)),
    ('Insert the words “all ” before “staff”',
     (ops.InsertWords(words=T('all'), position=ops.Position.BEFORE, anchor=T('staff')),)),
    ('In the third paragraph, after “progress” insert new sentence: “This is welcome.”',
     (ops.InsertWords(words=T('This is welcome.'), position=ops.Position.AFTER, anchor=T('progress'), scope=ops.OrdinalRef(n=3)),)),
    ('To insert at the start of the motion: This Council thanks staff.',
     (ops.AddParagraphs(content=T('This Council thanks staff.'), position=ops.Position.START),)),
    ('Insert at the start: This Council thanks staff.',
     (ops.AddParagraphs(content=T('This Council thanks staff.'), position=ops.Position.START),)),
    ('by adding the words “urgently” prior to the words “implement”',
     (ops.InsertWords(words=T('urgently'), position=ops.Position.BEFORE, anchor=T('implement')),)),
    ('by adding the words “urgently” following the words “implement”',
     (ops.InsertWords(words=T('urgently'), position=ops.Position.AFTER, anchor=T('implement')),)),
    ('Add the following to the end of the motion: Council thanks staff.',
     (ops.AddParagraphs(content=T('Council thanks staff.'), position=ops.Position.END),)),
    ('Add: Council thanks staff.',
     (ops.AddParagraphs(content=T('Council thanks staff.'), position=ops.Position.END),)),
    ('Add at end: Council thanks staff.',
     (ops.AddParagraphs(content=T('Council thanks staff.'), position=ops.Position.END),)),
    ('To add the following at the end of item 3: and report back.',
     (ops.InsertWords(words=T('and report back.'), position=ops.Position.END, scope=ops.LabelRef(count='3')),)),
    ('the addition of new paragraphs (g) to (l) as follows:- (g) a; (h) b.',
     (ops.AddParagraphs(content=T('(g) a; (h) b.'), labels=('g', 'l'), position=ops.Position.LABELS),)),
    ('the addition of a new paragraph (f) as follows:- (f) notes X.',
     (ops.AddParagraphs(content=T('(f) notes X.'), labels=('f',), position=ops.Position.LABELS),)),
    ('the addition of new paragraphs (d) and (e) as follows:- (d) a; (e) b.',
     (ops.AddParagraphs(content=T('(d) a; (e) b.'), labels=('d', 'e'), position=ops.Position.LABELS),)),
    ('Insert new paragraph after paragraph 3: Council thanks staff.',
     (ops.AddParagraphs(content=T('Council thanks staff.'), position=ops.Position.AFTER, near=ops.LabelRef(count='3')),)),
    ('Insert a new paragraph after paragraph (c): (d) thanks staff.',
     (ops.AddParagraphs(content=T('(d) thanks staff.'), position=ops.Position.AFTER, near=ops.LabelRef(count='c')),)),
    ('After paragraph (b), insert: (c) asks for a review;',
     (ops.AddParagraphs(content=T('(c) asks for a review;'), position=ops.Position.AFTER, near=ops.LabelRef(count='b')),)),
    ('After paragraph (b) insert the following new paragraph: “(c) asks for a review;”',
     (ops.AddParagraphs(content=T('(c) asks for a review;'), position=ops.Position.AFTER, near=ops.LabelRef(count='b')),)),
    ('Before the third paragraph insert: Council thanks staff.',
     (ops.AddParagraphs(content=T('Council thanks staff.'), position=ops.Position.BEFORE, near=ops.OrdinalRef(n=3)),)),
    ('Insert after paragraph (b): (c) asks for a review;',
     (ops.AddParagraphs(content=T('(c) asks for a review;'), position=ops.Position.AFTER, near=ops.LabelRef(count='b')),)),
    ('Add the following new paragraph after paragraph 2: Council thanks staff.',
     (ops.AddParagraphs(content=T('Council thanks staff.'), position=ops.Position.AFTER, near=ops.LabelRef(count='2')),)),
    ('that the motion be amended to read as follows:- That this Council supports X.',
     (ops.ReplaceAll(content=T('That this Council supports X.')),)),
    ('with the addition of the following words, the motion be amended to read as follows: That this Council supports X.',
     (ops.ReplaceAll(content=T('That this Council supports X.')),)),
    ('the insertion in paragraph (c), after the words “commended”, of the words “rightly”',
     (ops.InsertWords(words=T('rightly'), position=ops.Position.AFTER, anchor=T('commended'), scope=ops.LabelRef(count='c')),)),
    ('the insertion, after the words “commended” in paragraph (c), of the words “rightly”',
     (ops.InsertWords(words=T('rightly'), position=ops.Position.AFTER, anchor=T('commended'), scope=ops.LabelRef(count='c')),)),
    ('the addition in paragraph (c), after the words “commended”, of the words “rightly”',
     (ops.InsertWords(words=T('rightly'), position=ops.Position.AFTER, anchor=T('commended'), scope=ops.LabelRef(count='c')),)),
    ('the addition, before the words “commended”, of the words “rightly”',
     (ops.InsertWords(words=T('rightly'), position=ops.Position.BEFORE, anchor=T('commended')),)),
    ('the substitution of the words “inadequate” for the words “poor”',
     (ops.SubstituteWords(old=T('poor'), new=T('inadequate')),)),
    ('the substitution of the words “inadequate” for the words “poor” in paragraph (b)',
     (ops.SubstituteWords(old=T('poor'), new=T('inadequate'), scope=ops.LabelRef(count='b')),)),
    ('Substitute “inadequate” for “poor”',
     (ops.SubstituteWords(old=T('poor'), new=T('inadequate')),)),
    ('Replace “poor” with “inadequate” throughout',
     (ops.SubstituteWords(old=T('poor'), new=T('inadequate'), each=True),)),
    ('Replace “poor” with “inadequate” in each place',
     (ops.SubstituteWords(old=T('poor'), new=T('inadequate'), each=True),)),
    ('Delete paragraph 3',
     (ops.DeleteParagraphs(target=ops.LabelRef(count='3')),)),
    ('Delete point 2',
     (ops.DeleteParagraphs(target=ops.LabelRef(count='2')),)),
    ('Delete the last paragraph',
     (ops.DeleteParagraphs(target=ops.OrdinalRef(n=-1)),)),
    ('Renumber section 2 to 3',
     (ops.Reletter(target=ops.LabelRef(count='2'), new='3'),)),
    ('Delete the words “very” in paragraph (b)',
     (ops.DeleteWords(words=T('very'), scope=ops.LabelRef(count='b')),)),
    ('the deletion of the words “very” from paragraph (b)',
     (ops.DeleteWords(words=T('very'), scope=ops.LabelRef(count='b')),)),
    ('Renumber section 2 to 3 and insert the following paragraphs at the end of this section: (a) x.',
     (ops.Reletter(target=ops.LabelRef(count='2'), new='3'), ops.AddParagraphs(content=T('(a) x.'), position=ops.Position.END, near=ops.LabelRef(count='2')))),
    ('THAT the foregoing motion be amended by adding the following: AND THAT the Council writes to the minister.',
     (ops.AddParagraphs(content=T('AND THAT the Council writes to the minister.'), position=ops.Position.END),)),
    ('Insert the following paragraphs at the end of section 1: (c) in print.',
     (ops.AddParagraphs(content=T('(c) in print.'), position=ops.Position.END, near=ops.LabelRef(count='1')),)),
    ('In the second paragraph, delete “poor” and replace with “inadequate”',
     (ops.SubstituteWords(old=T('poor'), new=T('inadequate'), scope=ops.OrdinalRef(n=2)),)),
    ('Delete “poor” and insert “good” after “very”',
     (ops.DeleteWords(words=T('poor')), ops.InsertWords(words=T('good'), position=ops.Position.AFTER, anchor=T('very')))),
    ('the deletion of paragraph (f) and the addition of the following:- (f) resolves X.',
     (ops.DeleteParagraphs(target=ops.LabelRef(count='f'), content=T('(f) resolves X.')),)),
    ('Delete “poor”; and replace with “inadequate”',
     (ops.SubstituteWords(old=T('poor'), new=T('inadequate')),)),
    ('the deletion of paragraph (b); and the deletion of paragraph (c); and',
     (ops.DeleteParagraphs(target=ops.LabelRef(count='b')), ops.DeleteParagraphs(target=ops.LabelRef(count='c')))),
    # §7.1 part-addressed restatements: the restated part replaces the part
    ('Amend paragraph (c) to read: “asks the Cabinet to act.”',
     (ops.DeleteParagraphs(target=ops.LabelRef(count='c'), content=T('asks the Cabinet to act.')),)),
    ('Paragraph (c) be amended to read “asks the Cabinet to act.”',
     (ops.DeleteParagraphs(target=ops.LabelRef(count='c'), content=T('asks the Cabinet to act.')),)),
    ('That paragraph (b) of the motion be amended to read as follows: (b) thanks everyone; and',
     (ops.DeleteParagraphs(target=ops.LabelRef(count='b'), content=T('(b) thanks everyone; and')),)),
    ('That part b) iii) of the motion be amended to read as follows:\n\nb) iii)  investigating roads, laneways, and sidewalks; and',
     (ops.DeleteParagraphs(target=B_III, content=T('iii)  investigating roads, laneways, and sidewalks; and')),)),
    ('That part a) be amended to read as follows:\n\na)  the Civic Administration BE DIRECTED to assist;',
     (ops.DeleteParagraphs(target=ops.LabelRef(count='a'), content=T('a)  the Civic Administration BE DIRECTED to assist;')),)),
    ('That part b) of the motion be further amended to read as follows:\n\nb)  the Civic Administration BE DIRECTED to report back; and,',
     (ops.DeleteParagraphs(target=ops.LabelRef(count='b'), content=T('b)  the Civic Administration BE DIRECTED to report back; and,')),)),
    ('that part b) BE AMENDED to read as follows:\n\nb)  the Civic Administration BE DIRECTED to report back;',
     (ops.DeleteParagraphs(target=ops.LabelRef(count='b'), content=T('b)  the Civic Administration BE DIRECTED to report back;')),)),
    ('That the motion be further amended in part a) ii) to read as follows:\n\nii)  authorize the Deputy City Manager to approve amendments;',
     (ops.DeleteParagraphs(target=A_II, content=T('ii)  authorize the Deputy City Manager to approve amendments;')),)),
    ('That part a) ii) be amended to read as follows:\n\nii)  authorize the Deputy City Manager to approve amendments;',
     (ops.DeleteParagraphs(target=A_II, content=T('ii)  authorize the Deputy City Manager to approve amendments;')),)),
    ('that part h) BE AMENDED to read “the use of the budget BE APPROVED”;',
     (ops.DeleteParagraphs(target=ops.LabelRef(count='h'), content=T('the use of the budget BE APPROVED')),)),
    ('the deletion of paragraph (b) (iii)',
     (ops.DeleteParagraphs(target=B_III),)),
    # §7.1 new parts: labelled by the instruction, by the new text only, or by neither
    ('That the motion be amended to add a new part c):\n\nc)  a Single Source Procurement BE APPROVED;',
     (ops.AddParagraphs(content=T('c)  a Single Source Procurement BE APPROVED;'), labels=('c',)),)),
    ('That the motion be further amended with the following:\n\nc)  a Single Source Procurement BE APPROVED;',
     (ops.AddParagraphs(content=T('c)  a Single Source Procurement BE APPROVED;'), labels=('c',)),)),
    ('That the motion be amended to include a part c) to read as follows:\n\nc) a Single Source Procurement BE APPROVED;',
     (ops.AddParagraphs(content=T('c) a Single Source Procurement BE APPROVED;'), labels=('c',)),)),
    ('that the motion be amended to add a new e) part that reads as follows:\n\ne)  the applicant BE REQUESTED to meet staff.',
     (ops.AddParagraphs(content=T('e)  the applicant BE REQUESTED to meet staff.'), labels=('e',)),)),
    ('That the motion be amended to include a new part e) to read as follows:\n\ne) the Civic Administration BE DIRECTED to rename the road.',
     (ops.AddParagraphs(content=T('e) the Civic Administration BE DIRECTED to rename the road.'), labels=('e',)),)),
    ('Motion to amend with a new part e) to read as follows:\n\ne) Civic Administration BE DIRECTED to consult.',
     (ops.AddParagraphs(content=T('e) Civic Administration BE DIRECTED to consult.'), labels=('e',)),)),
    ('That the motion BE AMENDED to include a new part that reads as follows:\n\nThe Civic Administration BE DIRECTED to seek approval.',
     (ops.AddParagraphs(content=T('The Civic Administration BE DIRECTED to seek approval.'), position=ops.Position.END, unlabelled_part=True),)),
    ('That the motion be amended to include a new part that reads as follows:\n\nb) Civic Administration BE DIRECTED to report back.',
     (ops.AddParagraphs(content=T('b) Civic Administration BE DIRECTED to report back.'), labels=('b',)),)),
    ('that part c) be amended to include i) to read as follows:\n\ni)  The approval authority include a condition.',
     (ops.AddParagraphs(content=T('i)  The approval authority include a condition.'), labels=('i',), position=ops.Position.END, near=ops.LabelRef(count='c')),)),
    ('include a new part 4: 4. to keep the public computers.',
     (ops.AddParagraphs(content=T('4. to keep the public computers.'), labels=('4',)),)),
    ('add a new part c) as follows: c) asks the Leader to report.',
     (ops.AddParagraphs(content=T('c) asks the Leader to report.'), labels=('c',)),)),
    # the clerk's narrative of a whole-motion alternative: the text follows, as printed
    ('proposed an amendment to the Motion to read as follows:\n\nI will move that the Council writes to the Minister.',
     (ops.ReplaceAll(content=T('I will move that the Council writes to the Minister.')),)),
    ('proposed an Amendment to the Motion\n\nas follows:\n\n“That the Council calls on the Minister to act.”',
     (ops.ReplaceAll(content=T('“That the Council calls on the Minister to act.”')),)),
    ('The amended Motion read as follows:\n\n“We move that the comments are noted”',
     (ops.ReplaceAll(content=T('“We move that the comments are noted”')),)),
    ('proposed amending the Motion to read as follows and this was seconded\nby Councillor Butler.\n“That, the Council will provide free products.”',
     (ops.ReplaceAll(content=T('“That, the Council will provide free products.”')),)),
    ('proposed the following amendment to the motion.\n“That the Council would examine the role ”.',
     (ops.ReplaceAll(content=T('“That the Council would examine the role ”.')),)),
    ('the Notice of Motion be amended as follows\nto include the six Elected Members of the District:\n“We the Councillors call on the Chief Executive”.',
     (ops.ReplaceAll(content=T('“We the Councillors call on the Chief Executive”.')),)),
    ('could be amended to replace the word ‘Delete ‘ with ‘Amend’',
     (ops.SubstituteWords(old=T('Delete'), new=T('Amend')),)),
    # §7.2 more UK forms
    ('Add “and to report back” to the end of the final sentence',
     (ops.InsertWords(words=T('and to report back'), position=ops.Position.END, scope=ops.SentenceRef(n=-1)),)),
    ('Add “and partners” to the end of paragraph 2',
     (ops.InsertWords(words=T('and partners'), position=ops.Position.END, scope=ops.LabelRef(count='2')),)),
    ('After the words “This Council” delete all of the text up until the words “calls on” and substitute “therefore”',
     (ops.DeleteBetween(after=T('This Council'), until=T('calls on'), content=T('therefore')),)),
    ('After the words “This Council” delete all of the text up until the words “calls on”',
     (ops.DeleteBetween(after=T('This Council'), until=T('calls on')),)),
    ('replacing the word public with private in resolution 4',
     (ops.SubstituteWords(old=T('public'), new=T('private'), scope=ops.LabelRef(count='4')),)),
    ('the addition of the following text at the end of the Motion: Council thanks staff.',
     (ops.AddParagraphs(content=T('Council thanks staff.'), position=ops.Position.END),)),
    ('Delete the words “very” from the motion as contained on the Summons',
     (ops.DeleteWords(words=T('very')),)),
    ('Remove all after “This Council notes”',
     (ops.DeleteAfter(anchor=T('This Council notes')),)),
    ('Delete the third to fifth paragraphs',
     (ops.DeleteParagraphs(target=ops.OrdinalRangeRef(first=3, last=5)),)),
    ('Delete the first to third paragraphs and replace with: Council notes X.',
     (ops.DeleteParagraphs(target=ops.FirstRef(count=3), content=T('Council notes X.')),)),
    ('Delete “poor” in line one and replace with: “inadequate”',
     (ops.SubstituteWords(old=T('poor'), new=T('inadequate'), line=1),)),
    ('Delete “poor” and substitute the words “inadequate”',
     (ops.SubstituteWords(old=T('poor'), new=T('inadequate')),)),
    ('That the motion be amended to delete paragraph (c)',
     (ops.DeleteParagraphs(target=ops.LabelRef(count='c')),)),
    ('In paragraph (a), insert “Furthermore,” before the second sentence.',
     (ops.InsertWords(words=T('Furthermore,'), position=ops.Position.BEFORE,
                      scope=ops.SentenceRef(n=2, within=ops.LabelRef(count='a'))),)),
    ('In the third paragraph, delete “all” in the last sentence.',
     (ops.DeleteWords(words=T('all'), scope=ops.SentenceRef(n=-1, within=ops.OrdinalRef(n=3))),)),
    ('In paragraph (c), delete “next” in paragraph (c).',
     (ops.DeleteWords(words=T('next'), scope=ops.LabelRef(count='c')),)),
    # a part named before "be amended by" is the place of every operation after it
    ('That paragraph (a) be amended by deleting the words “wholly” and replacing them with “partly”.',
     (ops.SubstituteWords(old=T('wholly'), new=T('partly'), scope=ops.LabelRef(count='a')),)),
    ('That part b) iii) of the motion be amended by deleting “wholly”.',
     (ops.DeleteWords(words=T('wholly'), scope=B_III),)),
    ('That part (b) be amended by deleting “wholly” and by adding at the end “ in full”.',
     (ops.DeleteWords(words=T('wholly'), scope=ops.LabelRef(count='b')),
      ops.InsertWords(words=T('in full'), position=ops.Position.END,
                      scope=ops.LabelRef(count='b')))),
    # new words "at the end" (or start) in a place named first go at the end of that place
    ('In paragraph (b), at the end add “ in full”.',
     (ops.InsertWords(words=T('in full'), position=ops.Position.END,
                      scope=ops.LabelRef(count='b')),)),
    ('Replace paragraph (c) with “(c) notes X.”',
     (ops.DeleteParagraphs(ops.LabelRef(count='c'), T('(c) notes X.')),)),
    ('Replace the second paragraph by: “notes X.”',
     (ops.DeleteParagraphs(ops.OrdinalRef(n=2), T('notes X.')),)),
    ('Delete paragraph (iii) in paragraph (b).', (ops.DeleteParagraphs(B_III),)),
    ('Delete paragraph (c) in its entirety.', (ops.DeleteParagraphs(ops.LabelRef(count='c')),)),
    ('Delete the whole of paragraph (c).', (ops.DeleteParagraphs(ops.LabelRef(count='c')),)),
    ('In paragraph (c) replace “poor” by “weak”.',
     (ops.SubstituteWords(old=T('poor'), new=T('weak'), scope=ops.LabelRef(count='c')),)),
    ('Insert a new sentence after the first sentence of paragraph (a): “It thanks them.”',
     (ops.InsertWords(words=T('It thanks them.'), position=ops.Position.AFTER,
                      scope=ops.SentenceRef(n=1, within=ops.LabelRef(count='a'))),)),
    # a run of words named by its first and last, both deleted with it
    ('Delete the words from “despite” to “austerity”.',
     (ops.DeleteBetween(after=T('despite'), until=T('austerity'), inclusive=True),)),
    ('Delete from “despite” to “austerity” in paragraph (b) and insert “after years of cuts”.',
     (ops.DeleteBetween(after=T('despite'), until=T('austerity'), content=T('after years of cuts'),
                        scope=ops.LabelRef(count='b'), inclusive=True),)),
    # the place before the new words
    ('Insert after the words “commended” the words “rightly”',
     (ops.InsertWords(words=T('rightly'), position=ops.Position.AFTER, anchor=T('commended')),)),
    ('Insert before the words “the Council” the words “all of” in paragraph (c).',
     (ops.InsertWords(words=T('all of'), position=ops.Position.BEFORE, anchor=T('the Council'),
                      scope=ops.LabelRef(count='c')),)),
    ('In paragraph (a), after the second sentence insert: “It thanks them.”',
     (ops.InsertWords(words=T('It thanks them.'), position=ops.Position.AFTER,
                      scope=ops.SentenceRef(n=2, within=ops.LabelRef(count='a'))),)),
    ('Amend paragraph (c) by deleting “wholly”.',
     (ops.DeleteWords(words=T('wholly'), scope=ops.LabelRef(count='c')),)),
    ('Delete all words after “This Council notes” and replace with: “believes that X.”',
     (ops.DeleteAfter(anchor=T('This Council notes'), content=T('believes that X.')),)),
    ('That part (b) be amended by replacing “poor” with “weak” and “good” with “strong”.',
     (ops.SubstituteWords(old=T('poor'), new=T('weak'), scope=ops.LabelRef(count='b')),
      ops.SubstituteWords(old=T('good'), new=T('strong'), scope=ops.LabelRef(count='b')))),
    # substitutions listed: each pair its own, the place after a pair that pair's
    ('Replace “poor” with “weak” and “good” with “strong”.',
     (ops.SubstituteWords(old=T('poor'), new=T('weak')),
      ops.SubstituteWords(old=T('good'), new=T('strong')))),
    ('Substitute “weak” for “poor” and “strong” for “good” in paragraph (b).',
     (ops.SubstituteWords(old=T('poor'), new=T('weak')),
      ops.SubstituteWords(old=T('good'), new=T('strong'), scope=ops.LabelRef(count='b')))),
    ('Replace “poor” with “weak” in paragraph (a) and “good” with “strong” throughout.',
     (ops.SubstituteWords(old=T('poor'), new=T('weak'), scope=ops.LabelRef(count='a')),
      ops.SubstituteWords(old=T('good'), new=T('strong'), each=True))),
    # a sentence counted, deleted or replaced whole
    ('Delete the second sentence of paragraph (c).',
     (ops.DeleteSentence(ops.SentenceRef(n=2, within=ops.LabelRef(count='c'))),)),
    ('In the third paragraph, delete the last sentence.',
     (ops.DeleteSentence(ops.SentenceRef(n=-1, within=ops.OrdinalRef(n=3))),)),
    ('Replace the first sentence with “It notes the report.”',
     (ops.DeleteSentence(ops.SentenceRef(n=1), T('It notes the report.')),)),
    ('Delete the 2nd sentence of paragraph (c) and insert “It notes the report.”',
     (ops.DeleteSentence(ops.SentenceRef(n=2, within=ops.LabelRef(count='c')),
                         T('It notes the report.')),)),
    ('Delete the second and third sentences of paragraph (c).',
     (ops.DeleteSentence(ops.SentenceRef(n=2, within=ops.LabelRef(count='c'))),
      ops.DeleteSentence(ops.SentenceRef(n=3, within=ops.LabelRef(count='c'))))),
    ('In the first paragraph, delete the second to fourth sentences.',
     tuple(ops.DeleteSentence(ops.SentenceRef(n=n, within=ops.OrdinalRef(n=1)))
           for n in (2, 3, 4))),
    ('Delete the first and last sentences.',
     (ops.DeleteSentence(ops.SentenceRef(n=1)), ops.DeleteSentence(ops.SentenceRef(n=-1)))),
    ('Delete the second and fourth paragraphs.',
     (ops.DeleteParagraphs(ops.OrdinalRef(n=2)), ops.DeleteParagraphs(ops.OrdinalRef(n=4)))),
    ('Delete the first and last paragraphs.',
     (ops.DeleteParagraphs(ops.OrdinalRef(n=1)), ops.DeleteParagraphs(ops.OrdinalRef(n=-1)))),
    ('the deletion of the final sentence of the motion',
     (ops.DeleteSentence(ops.SentenceRef(n=-1)),)),
    ('In the second paragraph, add at the beginning “Firmly ”.',
     (ops.InsertWords(words=T('Firmly'), position=ops.Position.START,
                      scope=ops.OrdinalRef(n=2)),)),
]

# Narratives that describe a change without its words, and riders that give words but no
# place: read (not a syntax error), then refused.
REFUSED = [
    'that the motion be amended to include the cost of services as an Appendix to the agenda',
    'that the motion be amended to remove the reference to the Supreme Court’s ruling, and TO DIRECT Civic Administration to report back.',
    'That the motion be amended to include a direction to staff to provide a report back',
    'That the motion be amended to delete references to funding for the shortfall and to read as follows:\n\ne)  the Civic Administration BE DIRECTED to find funding;',
    'that the Motion be amended to include the Castletroy / Annacotty area.',
    'it could be amended to include the\nMulcair and Feale rivers.',
    'the motion be amended to include\nKildimo as the post office has closed.',
    'proposed the following amendment to the Motion;\n“...conditional on the Federation engaging with the process”.',
]


@pytest.mark.parametrize(("sentence", "expected"), ROWS, ids=[row[0][:50] for row in ROWS])
def test_sentence_gives_operations(sentence, expected):
    """The sentence reads as exactly these operations."""
    operations, *_ = read_instruction(sentence, Located("amendment", sentence, 0))
    assert operations == expected


@pytest.mark.parametrize("sentence", REFUSED, ids=[row[:50] for row in REFUSED])
def test_narrative_is_read_then_refused(sentence):
    """The sentence is read as a narrative or rider and refused with NarrativeAmendment."""
    with pytest.raises(NarrativeAmendment):
        read_instruction(sentence, Located("amendment", sentence, 0))


def test_places_read_are_position_members():
    """Every position or side the grammar gives is a Position member, not a plain string."""
    places = []
    for sentence, _ in ROWS:
        operations, *_ = read_instruction(sentence, Located("amendment", sentence, 0))
        places += [getattr(op, name) for op in operations for name in ("position", "side")
                   if getattr(op, name, None) is not None]
    assert places and all(type(place) is ops.Position for place in places)


def test_every_instruction_form_holds_a_verb_the_part_checks_look_for():
    """Each sentence of the table holds one of the verbs by which a paragraph inside quoted
    words is first judged able to be a further instruction (the parser looks only then)."""
    from amend.instructions.parts import INSTRUCTION_VERB

    assert [s for s, _ in ROWS if not INSTRUCTION_VERB.search(s)] == []


def test_an_instruction_only_to_reletter_accordingly_is_refused_as_changing_nothing():
    """“Reletter accordingly.” on its own names no change (relettering follows every change
    anyway): it is refused, at the instruction, as changing nothing."""
    from amend.errors import InstructionSyntaxError

    sentence = "Reletter the remaining paragraphs accordingly."
    with pytest.raises(InstructionSyntaxError, match="changes nothing") as info:
        read_instruction(sentence, Located("amendment", sentence, 0))
    assert (info.value.span.line, info.value.span.column) == (1, 1)


def test_a_place_after_the_new_words_of_a_paragraph_replacement_is_refused():
    """“Delete paragraph (b) and insert “…” in paragraph (c)” names a place a paragraph's
    replacement cannot take: refused, saying so, rather than read one way or the other."""
    from amend.errors import InstructionSyntaxError

    sentence = "Delete paragraph (b) and insert “(b) thanks all; and” in paragraph (c)"
    with pytest.raises(InstructionSyntaxError, match="cannot limit"):
        read_instruction(sentence, Located("amendment", sentence, 0))


def test_a_place_before_a_change_that_names_another_place_is_refused():
    """“In paragraph (b), insert “x” at the start of paragraph (a)” names two places for one
    change: refused, naming both, rather than one of them dropped."""
    from amend.errors import InstructionSyntaxError

    sentence = "In paragraph (b), insert “x” at the start of paragraph (a)."
    with pytest.raises(InstructionSyntaxError, match="both name the place"):
        read_instruction(sentence, Located("amendment", sentence, 0))


# Each resolved as shift, and reviewed: the longer reading is the one meant ("a new paragraph
# after (b)": "after" places the paragraph; "the second sentence of (b)": "of" names (b);
# "by the mover and …": "and" goes on with the mover's words).
KNOWN_CONFLICTS = {  # the terminal shifted, and the rule whose reduction it wins over
    "amendment.lark": {
        "A _add", "NEW _add", "AT _intro", "AT _new_words", "OF scope", "OF sentence",
        "THE _all_words",
        *(f"{word} _intro" for word in ("AFTER", "BEFORE", "FOLLOWING", "IMMEDIATELY",
                                        "PRECEDING", "PRIOR")),
    },
    "minutes.lark": {"AND _by_the_mover"},
}


@pytest.mark.parametrize("name", sorted(KNOWN_CONFLICTS))
def test_a_grammar_has_only_its_reviewed_shift_reduce_conflicts(caplog, name):
    """Lark resolves a shift/reduce conflict silently, as shift; each grammar has only the
    reviewed ones, so a new rule that makes the parser choose a reading without saying so
    fails here (the shared verb of the “replace” forms once did)."""
    import logging

    import lark

    from amend.instructions.grammar import grammar_text

    with caplog.at_level(logging.DEBUG, logger="lark"):
        lark.Lark(grammar_text(name), parser="lalr", lexer="contextual", debug=True)
    lines = [line for record in caplog.records for line in record.getMessage().splitlines()]
    found = {f"{line.split('terminal ')[1].split(':')[0]} "
             f"{lines[i + 1].split('<')[1].split(' :')[0]}"
             for i, line in enumerate(lines) if "Shift/Reduce conflict" in line}
    assert found == KNOWN_CONFLICTS[name]
