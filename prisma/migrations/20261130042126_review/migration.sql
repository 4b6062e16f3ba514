-- CreateTable
CREATE TABLE "ReviewSignOff" (
    "id" SERIAL NOT NULL,
    "releaseNumber" INTEGER,
    "reviewerName" TEXT NOT NULL,
    "reviewerRole" TEXT NOT NULL,
    "signedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "snapshotSha256" TEXT NOT NULL,
    "findingIds" TEXT[],

    CONSTRAINT "ReviewSignOff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FindingAcknowledgement" (
    "id" SERIAL NOT NULL,
    "signOffId" INTEGER NOT NULL,
    "findingId" TEXT NOT NULL,
    "justification" TEXT NOT NULL,

    CONSTRAINT "FindingAcknowledgement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReviewSignOff_releaseNumber_signedAt_idx" ON "ReviewSignOff"("releaseNumber", "signedAt");

-- CreateIndex
CREATE UNIQUE INDEX "FindingAcknowledgement_signOffId_findingId_key" ON "FindingAcknowledgement"("signOffId", "findingId");

-- AddForeignKey
ALTER TABLE "FindingAcknowledgement" ADD CONSTRAINT "FindingAcknowledgement_signOffId_fkey" FOREIGN KEY ("signOffId") REFERENCES "ReviewSignOff"("id") ON DELETE CASCADE ON UPDATE CASCADE;
