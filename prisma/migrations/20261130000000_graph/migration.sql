-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "NodeKind" AS ENUM ('SUBJECT_GROUP', 'SYSTEM', 'VENDOR');

-- CreateEnum
CREATE TYPE "VendorRole" AS ENUM ('PROCESSOR', 'SUB_PROCESSOR', 'INDEPENDENT_CONTROLLER', 'JOINT_CONTROLLER');

-- CreateEnum
CREATE TYPE "VendorStatus" AS ENUM ('ACTIVE', 'PLANNED', 'DISABLED_BUT_LISTED', 'ENDED');

-- CreateEnum
CREATE TYPE "Frequency" AS ENUM ('CONTINUOUS', 'OCCASIONAL');

-- CreateEnum
CREATE TYPE "LegalBasis" AS ENUM ('CONSENT', 'CONTRACT', 'LEGAL_OBLIGATION', 'VITAL_INTERESTS', 'PUBLIC_TASK', 'LEGITIMATE_INTERESTS');

-- CreateTable
CREATE TABLE "FunctionGroup" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameDe" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "FunctionGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Node" (
    "id" SERIAL NOT NULL,
    "kind" "NodeKind" NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameDe" TEXT,
    "description" TEXT,
    "descriptionDe" TEXT,
    "countries" TEXT[],
    "public" BOOLEAN NOT NULL DEFAULT true,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "subjectCategory" TEXT,
    "legalName" TEXT,
    "website" TEXT,
    "role" "VendorRole",
    "headquarters" TEXT,
    "dpaUrl" TEXT,
    "termsUrl" TEXT,
    "privacyUrl" TEXT,
    "groupId" INTEGER,
    "status" "VendorStatus",
    "since" DATE,
    "until" DATE,
    "certifications" TEXT[],

    CONSTRAINT "Node_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Flow" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,
    "description" TEXT,
    "descriptionDe" TEXT,
    "categories" TEXT[],
    "purposes" TEXT[],
    "legalBasis" "LegalBasis",
    "specialCategoryCondition" TEXT,
    "countries" TEXT[],
    "mechanisms" TEXT[],
    "frequency" "Frequency",
    "retention" TEXT,
    "public" BOOLEAN NOT NULL DEFAULT true,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Flow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "FunctionGroup_slug_key" ON "FunctionGroup"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Node_slug_key" ON "Node"("slug");

-- CreateIndex
CREATE INDEX "Node_kind_name_idx" ON "Node"("kind", "name");

-- CreateIndex
CREATE INDEX "Node_groupId_idx" ON "Node"("groupId");

-- CreateIndex
CREATE UNIQUE INDEX "Flow_key_key" ON "Flow"("key");

-- CreateIndex
CREATE INDEX "Flow_fromId_idx" ON "Flow"("fromId");

-- CreateIndex
CREATE INDEX "Flow_toId_idx" ON "Flow"("toId");

-- AddForeignKey
ALTER TABLE "Node" ADD CONSTRAINT "Node_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "FunctionGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Flow" ADD CONSTRAINT "Flow_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Node"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Flow" ADD CONSTRAINT "Flow_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Node"("id") ON DELETE CASCADE ON UPDATE CASCADE;
