import type { NicknameWords } from '../nicknames.ts';

/** English short forms of first names, as "formal:short,short", lower case. */
export const NICKNAMES: NicknameWords = {
  families: `
    patrick:pat,paddy william:bill,billy,will,willy robert:bob,bobby,rob,robbie michael:mike,mick,mikey
    james:jim,jimmy,jamie thomas:tom,tommy joseph:joe,joey richard:dick,rick,ricky,rich,richie
    daniel:dan,danny david:dave,davy christopher:chris anthony:tony edward:ed,eddie,ted,ned
    elizabeth:liz,beth,betsy,betty,lizzie katherine:kate,katie,kathy,cathy,kat catherine:kate,katie,cathy
    susan:sue,susie jennifer:jen,jenny alexander:alex,sandy nicholas:nick,nicky andrew:andy,drew
    benjamin:ben,benny samuel:sam,sammy matthew:matt gregory:greg jeffrey:jeff kenneth:ken,kenny
    lawrence:larry ronald:ron,ronnie donald:don,donnie charles:charlie,chuck frederick:fred,freddie
    henry:hank,harry john:jack,johnny jonathan:jon timothy:tim,timmy peter:pete philip:phil raymond:ray
    bernard:bernie barbara:barb deborah:debbie,deb margaret:maggie,meg,peggy stephen:steve,stevie
    steven:steve,stevie nathaniel:nate,nat nathan:nate zachary:zach,zack abraham:abe vincent:vince
    victoria:vicky,tori rebecca:becky jacqueline:jackie gerald:gerry,jerry
  `,
};
